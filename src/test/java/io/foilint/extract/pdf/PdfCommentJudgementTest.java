package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.FoiLint;
import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.detect.personal.PersonalDataInTextDetector;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.scan.FileReport;
import io.foilint.testing.Events;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF sticky note is judged as a spreadsheet comment is (issue 9): its text shows only when a
 * reader opens it, so a person named with a date of birth or an identifier in it is BLOCK in
 * both formats.
 */
class PdfCommentJudgementTest {

  private static final String NOTE =
      "Witness Niamh Quenby, born 14/03/1987, NI number AB 12 34 56 C — do not release";

  @TempDir Path dir;

  @Test
  void aStickyNoteNamingAPersonWithBirthDateAndNiNumberBlocksAsASpreadsheetCommentDoes()
      throws Exception {
    Path pdf = dir.resolve("note.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDAnnotationText note = new PDAnnotationText();
      note.setContents(NOTE);
      note.setTitlePopup("Records Management");
      note.setRectangle(new PDRectangle(100, 600, 20, 20));
      page.getAnnotations().add(note);
      doc.save(pdf.toFile());
    }
    FileReport report = FoiLint.check(pdf).files().get(0);
    Finding inPdf = report.findings().stream()
        .filter(f -> f.rule().equals("personal-data-in-text")).findFirst().orElseThrow();

    Finding inSheet = Events.events()
        .text(TextKind.COMMENT, "Sheet1", "B2", NOTE, "Records Management", Visibility.COMMENT)
        .feed(new PersonalDataInTextDetector()).get(0);

    assertThat(inPdf.severity()).isEqualTo(Severity.BLOCK).isEqualTo(inSheet.severity());
    assertThat(inPdf.message()).contains("names", "NI numbers");
    // the note's author is a team, shown as written; the person in the note is masked
    assertThat(report.findings()).filteredOn(f -> f.rule().equals("comments")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Records Management"));
    assertThat(report.findings()).allSatisfy(f ->
        assertThat(f.message() + f.evidence()).doesNotContain("Quenby", "AB 12 34 56 C"));
  }

  @Test
  void aStickyNoteWithoutPeopleIsOnlyAComment() throws Exception {
    Path pdf = dir.resolve("plain-note.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDAnnotationText note = new PDAnnotationText();
      note.setContents("Totals checked against the March return");
      note.setRectangle(new PDRectangle(100, 600, 20, 20));
      page.getAnnotations().add(note);
      doc.save(pdf.toFile());
    }
    List<Finding> findings = FoiLint.check(pdf).files().get(0).findings();
    assertThat(findings).noneMatch(f -> f.rule().equals("personal-data-in-text"));
    assertThat(findings).anyMatch(f -> f.rule().equals("comments")
        && f.severity() == Severity.REVIEW);
  }

  @Test
  void aSquareWithNoNoteStillNamesItsAuthorForReview() throws Exception {
    // corpus pdf/pdfbox__annotation_AnnotationTypes.pdf: 18 squares by one named author, no text; was PASS
    FileReport named = FoiLint.check(squares("Niamh Quenby")).files().get(0);
    assertThat(named.findings()).filteredOn(f -> f.rule().equals("comments")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.REVIEW);
          assertThat(f.message() + f.evidence()).doesNotContain("Quenby");
        });
    // an application's name as the author is no person: listed, not REVIEW
    FileReport tool = FoiLint.check(squares("Administrator")).files().get(0);
    assertThat(tool.findings()).filteredOn(f -> f.rule().equals("comments"))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  private Path squares(String author) throws Exception {
    Path pdf = dir.resolve("squares-" + author.length() + ".pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      for (int i = 0; i < 3; i++) {
        PDAnnotationSquare square = new PDAnnotationSquare();
        square.setTitlePopup(author);
        square.setRectangle(new PDRectangle(100, 600 - 40 * i, 30, 30));
        page.getAnnotations().add(square);
      }
      doc.save(pdf.toFile());
    }
    return pdf;
  }
}
