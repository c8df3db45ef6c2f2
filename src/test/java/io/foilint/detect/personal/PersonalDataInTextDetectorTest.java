package io.foilint.detect.personal;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataInTextDetectorTest {

  @Test
  void aCommentNamingAnOfficerIsBlock() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.COMMENT, "Staff", "B2", "PC Hartwell and DS Niamh Quenby attended", "Pellow, Aled", Visibility.COMMENT)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.rule()).isEqualTo("personal-data-in-text");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("'Staff'", "comment", "names");
    Findings.assertNoneContain(List.of(f), "Hartwell", "Quenby", "Niamh");
  }

  @Test
  void identifiersInATextBoxAreFound() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.SHAPE_TEXT, "Summary", "shape", "Call 07700 900123 or quote NHS 943 476 5919", "", Visibility.VISIBLE)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("phone numbers", "NHS numbers");
    Findings.assertNoneContain(List.of(f), "900123", "5919");
  }

  @Test
  void aPdfTextBoxPrintedOnThePageIsWordedAsPrintedAndThePageAsAPage() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.COMMENT, "page 2", "printed text box at 72,600 (200x20 pt)",
            "Checked by PC Hartwell and DS Niamh Quenby", "", Visibility.COMMENT)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.message()).startsWith("Page 2 has 1 annotation text box holding names")
        .contains("printed on the page").doesNotContain("does not see").doesNotContain("'page 2'");
  }

  @Test
  void aPdfStickyNoteIsStillTextAReaderOpens() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.COMMENT, "page 2", "sticky note at 72,600 (20x20 pt)",
            "Checked by PC Hartwell and DS Niamh Quenby", "", Visibility.COMMENT)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.message()).startsWith("Page 2 has 1 comment holding names")
        .contains("does not see unless they open it");
  }

  @Test
  void textWithoutPeopleIsFine() {
    assertThat(Events.events()
            .text(TextKind.COMMENT, "Staff", "B2", "Figures checked against the March return; totals agree", "", Visibility.COMMENT)
            .feed(new PersonalDataInTextDetector()))
        .isEmpty();
  }

  @Test
  void namesInVisiblePageTextAreOneNoteForTheDocument() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "page 1", "", "Dear Ms Grace Quenby, thank you for your request.", "", Visibility.VISIBLE)
        .text(TextKind.BODY, "page 2", "", "Yours sincerely, Aled Hartwell, Information Access Team", "", Visibility.VISIBLE)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("visible text of pages 1, 2", "names");
    assertThat(f.location().place()).isEqualTo("page 1");
    assertThat(f.evidence()).doesNotContain("Quenby", "Hartwell");
  }

  @Test
  void identifiersInVisiblePageTextNeedASecondLook() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "page 3", "", "Grace Quenby, phone 07700 900123", "", Visibility.VISIBLE)
        .feed(new PersonalDataInTextDetector()));
    // a phone number beside a name on a visible page is a contact line; with an NI number or a
    // date of birth it is a record of the person, BLOCK (see below)
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("visible text of page 3");
  }

  @Test
  void namesInHiddenPageTextStillBlockPerPage() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "page 2", "box at 72,540 (90x14 pt)", "Sarah Thompson", "", Visibility.UNDER_BOX)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.location().place()).isEqualTo("page 2");
  }

  @Test
  void namesInBookmarksOrAltTextAreReviewNotBlock() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.OTHER, "bookmarks", "Statements", "Statement of Sarah Thompson", "", Visibility.METADATA)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("bookmarks or alternative text");
  }

  @Test
  void aNameWithDateOfBirthInAVisibleParagraphIsBlock() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "line 3", "", "The person you asked about, Mr Aled Fennimore (date of birth 09/06/1968), was interviewed.", "", Visibility.VISIBLE)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("names a person together with their date of birth");
    Findings.assertNoneContain(List.of(f), "Fennimore", "09/06/1968");
  }

  @Test
  void aNameWithADateThatIsNoBirthDateStaysANote() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "line 3", "", "Mr Aled Fennimore was interviewed on 09/06/2023.", "", Visibility.VISIBLE)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void aCommentWithANameAndNiNumberIsBlockEvenWhenShown() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.SHAPE_TEXT, "Summary", "shape", "Constable Aled Hartwell, NI AB 12 34 56 C", "", Visibility.VISIBLE)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("National Insurance number");
  }
}
