package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPropertiesDetectorTest {

  @Test
  void personPropertiesAndSavePathAreReviewOthersInfo() {
    List<Finding> findings =
        Events.events()
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "dc:creator", "Margaret Thompson")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "cp:lastModifiedBy", "Dev Sharma")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/custom.xml", "custom:Case officer", "Ruth Ellis")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/app.xml", "Application", "Microsoft Excel")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/app.xml", "TitlesOfParts", "Summary, Staff")
            .fact(FactKind.SAVE_PATH, "xl/workbook.xml", "absPath", "C:\\Users\\mthompson\\Desktop\\")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "dc:title", "")
            .feed(new DocumentPropertiesDetector());

    Finding save = findings.stream().filter(f -> f.message().contains("saved from")).findFirst()
        .orElseThrow();
    assertThat(save.severity()).isEqualTo(Severity.REVIEW);
    Finding people = findings.stream().filter(f -> f.message().contains("name people")).findFirst()
        .orElseThrow();
    assertThat(people.severity()).isEqualTo(Severity.REVIEW);
    assertThat(people.message())
        .contains("dc:creator = M******* T*******", "cp:lastModifiedBy = D** S*****",
            "custom:Case officer = R*** E****");
    Finding parts = findings.stream().filter(f -> f.message().contains("names of its parts"))
        .findFirst().orElseThrow();
    assertThat(parts.severity()).isEqualTo(Severity.INFO);
    Finding other = findings.stream().filter(f -> f.message().contains("record Application = Microsoft Excel"))
        .findFirst().orElseThrow();
    assertThat(other.severity()).isEqualTo(Severity.INFO);
    assertThat(findings).hasSize(4);
    Findings.assertNoneContain(findings, "Margaret", "Thompson", "Sharma", "Ellis", "mthompson",
        "Staff");
  }

  @Test
  void personLikeNames() {
    assertThat(DocumentPropertiesDetector.isPersonLike("meta:initial-creator")).isTrue();
    assertThat(DocumentPropertiesDetector.isPersonLike("LastAuthor")).isTrue();
    assertThat(DocumentPropertiesDetector.isPersonLike("Manager")).isTrue();
    assertThat(DocumentPropertiesDetector.isPersonLike("custom:Anything")).isTrue();
    assertThat(DocumentPropertiesDetector.isPersonLike("Company")).isFalse();
    assertThat(DocumentPropertiesDetector.isPersonLike("dcterms:created")).isFalse();
  }

  @Test
  void noPropertiesNoFinding() {
    assertThat(Events.sheet("S").row("a").feed(new DocumentPropertiesDetector())).isEmpty();
  }

  @Test
  void pdfXmpCreatorIsAPersonToolsAreShownAndPathsGetAPdfFix() {
    List<Finding> findings = Events.events()
        .fact(FactKind.DOCUMENT_PROPERTY, "XMP metadata", "xmp:dc:creator", "Jane Smith")
        .fact(FactKind.DOCUMENT_PROPERTY, "XMP metadata", "xmp:xmp:CreatorTool", "Microsoft Word")
        .fact(FactKind.SAVE_PATH, "document information", "title", "C:\\Users\\jsmith\\case.docx")
        .feed(new DocumentPropertiesDetector());
    assertThat(findings).extracting(Finding::severity)
        .containsExactlyInAnyOrder(Severity.REVIEW, Severity.REVIEW, Severity.INFO);
    // The engine gives findings in a PDF the rule's PDF fix (PdfFixAdviceTest checks that end).
    assertThat(new DocumentPropertiesDetector().info().pdfFix()).contains("Remove Hidden Information");
    assertThat(findings).filteredOn(f -> f.severity() == Severity.INFO).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("xmp:xmp:CreatorTool = Microsoft Word"));
    Findings.assertNoneContain(findings, "Jane", "jsmith");
  }
}
