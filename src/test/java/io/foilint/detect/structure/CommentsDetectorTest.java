package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentsDetectorTest {

  @Test
  void commentsPerSheetAndMaskedAuthors() {
    List<Finding> findings =
        Events.events()
            .text(TextKind.COMMENT, "Budget", "B4", "Ask Priya Raman about her sick leave",
                "Tomasz Nowak", Visibility.COMMENT)
            .text(TextKind.THREADED_COMMENT, "Budget", "C9", "Agreed", "Aoife Byrne",
                Visibility.COMMENT)
            .text(TextKind.COMMENT, "Other", "A1", "Checked", "Tomasz Nowak", Visibility.COMMENT)
            .fact(FactKind.COMMENT_AUTHOR, "xl/persons/person.xml", "", "Aoife Byrne")
            .feed(new CommentsDetector());

    // the author list is carried once, by the first sheet's finding
    assertThat(findings).hasSize(2);
    assertThat(Findings.severities(findings)).containsOnly(Severity.REVIEW);
    Finding budget = findings.get(0);
    assertThat(budget.location().place()).isEqualTo("Budget");
    assertThat(budget.message()).contains("2 comments", "B4, C9", "2 comment authors",
        "T***** N****", "A**** B****");
    assertThat(findings.get(1).message()).contains("1 comment").doesNotContain("author");
    Findings.assertNoneContain(findings, "Priya", "Raman", "sick", "Tomasz", "Nowak", "Aoife");
  }

  @Test
  void slideCommentsAreNamedBySlideWithPowerPointAdvice() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.COMMENT, "slide 3", "comment 1", "Check totals", "Priya Pellow",
            Visibility.COMMENT)
        .feed(new CommentsDetector()));
    assertThat(f.message()).startsWith("Slide 3 has 1 comment").contains("Comments pane")
        .doesNotContain("Sheet");
    assertThat(f.fix()).contains("PowerPoint", "Delete All Comments in This Presentation");
    // a sheet that happens to be called "slides" is still a sheet
    Finding sheet = Findings.only(Events.events()
        .text(TextKind.COMMENT, "slides", "B2", "Check totals", "Priya Pellow", Visibility.COMMENT)
        .feed(new CommentsDetector()));
    assertThat(sheet.message()).startsWith("Sheet");
  }

  @Test
  void excelsAuthorLineIsTheAuthorAndPlaceholderAuthorsAreShownAsWritten() {
    List<Finding> findings =
        Events.events()
            .text(TextKind.COMMENT, "Sheet1", "A1", "Youval Bronicki:\nCheck this total", "Youval Bronicki",
                Visibility.COMMENT)
            .text(TextKind.COMMENT, "Sheet1", "A2", "Balaji:\nTestComment1", "Author",
                Visibility.COMMENT)
            .text(TextKind.COMMENT, "Sheet1", "A3", "Fine", "Administrator", Visibility.COMMENT)
            .feed(new CommentsDetector());
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("3 comments", "4 comment authors", "Y***** B*******",
          "Author", "B*****", "Administrator");
      assertThat(f.evidence()).contains("C**** t*** t****");
    });
    Findings.assertNoneContain(findings, "Youval", "Bronicki", "Balaji");
  }

  @Test
  void authorsWithoutCommentTextAreInfoWhenNoneIsAPerson() {
    List<Finding> placeholders = Events.events()
        .fact(FactKind.COMMENT_AUTHOR, "xl/persons/person.xml", "", "Microsoft Office User")
        .feed(new CommentsDetector());
    assertThat(placeholders).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("Microsoft Office User", "none of them names a person");
    });
    List<Finding> person = Events.events()
        .fact(FactKind.COMMENT_AUTHOR, "xl/persons/person.xml", "", "Aoife Byrne")
        .feed(new CommentsDetector());
    assertThat(person).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.REVIEW);
      assertThat(f.message()).startsWith("The file names 1 comment author (A**** B****)");
    });
  }

  @Test
  void pdfAnnotationsSpeakOfPagesNotCells() {
    List<Finding> findings = Events.events()
        .text(TextKind.COMMENT, "page 2", "text [1 2 3 4]", "Please check", "", Visibility.COMMENT)
        .feed(new CommentsDetector());
    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("Page 2 has 1 annotation").doesNotContain("cell"));
  }

  @Test
  void aTextBoxPrintedOnThePageIsNotCalledHoverOnly() {
    List<Finding> findings = Events.events()
        .text(TextKind.COMMENT, "page 1", "printed text box at 72,700 (200x20 pt)", "Reviewed", "",
            Visibility.COMMENT)
        .feed(new CommentsDetector());
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Page 1 has 1 annotation (printed text box at 72,700 (200x20 pt))")
        .contains("its text is printed on the page")
        .doesNotContain("hover").doesNotContain("only when").doesNotContain("cell"));
  }

  @Test
  void stickyNotesAreOpenOnlyAndAMixedPageSaysWhichIsWhich() {
    List<Finding> sticky = Events.events()
        .text(TextKind.COMMENT, "page 1", "sticky note at 10,10 (20x20 pt)", "Check", "", Visibility.COMMENT)
        .feed(new CommentsDetector());
    assertThat(sticky).singleElement().satisfies(f -> assertThat(f.message())
        .contains("shows only when a reader opens it").doesNotContain("printed"));
    List<Finding> mixed = Events.events()
        .text(TextKind.COMMENT, "page 1", "sticky note at 10,10 (20x20 pt)", "Check", "", Visibility.COMMENT)
        .text(TextKind.COMMENT, "page 1", "printed text box at 72,700 (200x20 pt)", "Done", "", Visibility.COMMENT)
        .feed(new CommentsDetector());
    assertThat(mixed).singleElement().satisfies(f -> assertThat(f.message())
        .contains("1 of them print their text on the page, the others show theirs only when a reader opens them"));
  }

  @Test
  void otherTextIsNotAComment() {
    assertThat(
            Events.events()
                .text(TextKind.HEADER_FOOTER, "S", "", "Page &P", "", Visibility.HEADER_FOOTER)
                .feed(new CommentsDetector()))
        .isEmpty();
  }
}
