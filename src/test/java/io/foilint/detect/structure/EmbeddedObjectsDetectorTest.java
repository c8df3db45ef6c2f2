package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class EmbeddedObjectsDetectorTest {

  @Test
  void embeddedFilesAreReviewWithScanNote() {
    var findings =
        Events.events()
            .fact(FactKind.EMBEDDED_OBJECT, "Sheet1", "xl/embeddings/Book1.xlsx", "Excel workbook",
                "bytes", "20480", "scanned", "true")
            .fact(FactKind.EMBEDDED_OBJECT, "Sheet1", "xl/embeddings/oleObject1.bin", "Package")
            .feed(new EmbeddedObjectsDetector());

    assertThat(Findings.severities(findings)).containsExactly(Severity.REVIEW, Severity.REVIEW);
    assertThat(findings.get(0).message()).contains("20 KB", "listed with its inner path");
    assertThat(findings.get(1).message()).contains("could not look inside");
  }

  @Test
  void anUnreferencedEmbeddedFileSaysNoReaderListsIt() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.EMBEDDED_OBJECT, "attachments", "unreferenced attachment (object 283)",
            "file no attachment list refers to", "bytes", "2048", "scanned", "true", "unreferenced", "true")
        .feed(new EmbeddedObjectsDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("nothing in the document refers to", "object 283", "2 KB", "no reader lists it");
    assertThat(f.fix()).contains("Remove Hidden Information");
  }

  @Test
  void attachmentNamesThatArePeopleOrIdentifiersAreMasked() {
    var findings = Events.events()
        .fact(FactKind.EMBEDDED_OBJECT, "attachments", "tomasz.thackeray.xlsx", "attached file", "scanned", "true")
        .fact(FactKind.EMBEDDED_OBJECT, "attachments", "AB123456C.csv", "attached file", "scanned", "true")
        .fact(FactKind.EMBEDDED_OBJECT, "attachments", "headcount-by-rank.xlsx", "attached file", "scanned", "true")
        .feed(new EmbeddedObjectsDetector());
    assertThat(findings).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("t*****.t********.xlsx"))
        .anySatisfy(m -> assertThat(m).contains("AB******C.csv"))
        .anySatisfy(m -> assertThat(m).contains("headcount-by-rank.xlsx"));
    Findings.assertNoneContain(findings, "tomasz", "thackeray", "AB123456C");
  }

  @Test
  void anXlsStorageIsNamedByWhatItHoldsWithItsStorageNameAsDetail() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.EMBEDDED_OBJECT, "embedded Excel workbook (storage MBD0001)", "", "Excel workbook",
            "bytes", "20480", "scanned", "true", "storage", "MBD0001")
        .feed(new EmbeddedObjectsDetector()));
    assertThat(f.message()).startsWith("An embedded file (Excel workbook, 20 KB, storage MBD0001) travels");
    assertThat(f.location().place()).isEqualTo("embedded Excel workbook (storage MBD0001)");
  }

  @Test
  void noEmbeddingNoFinding() {
    assertThat(Events.sheet("S").row("x").feed(new EmbeddedObjectsDetector())).isEmpty();
  }
}
