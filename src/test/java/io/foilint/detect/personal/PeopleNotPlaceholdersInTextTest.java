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

/**
 * Free text in comments (issue 9, "people, not placeholders"), from corpus cases: Excel's
 * "Author:" first line of a note is the comments rule's author, not a name in the note; a company
 * and capitalised ordinary words are not people; a person written in the note still is.
 */
class PeopleNotPlaceholdersInTextTest {

  private static List<Finding> comment(String text, String author) {
    return Events.events()
        .text(TextKind.COMMENT, "Sheet1", "C5", text, author, Visibility.COMMENT)
        .feed(new PersonalDataInTextDetector());
  }

  @Test
  void excelsAuthorLineIsNotANameInTheNote() {
    // poi__WithVariousData.xlsx, poi__comments.xlsb, poi__50833.xls
    assertThat(comment("Nick Burch:\nThis is a comment", "Nick Burch")).isEmpty();
    assertThat(comment("Allison, Timothy B.:\ncomment row2 (index1)", "Allison, Timothy B.")).isEmpty();
    assertThat(comment("Balaji:\nTestComment1", "Author")).isEmpty();
  }

  @Test
  void aNameWrittenInTheNoteStillBlocks() {
    Finding f = Findings.only(comment("Nick Burch:\nAsk Niamh Quenby about this", "Nick Burch"));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.evidence()).contains("N**** Q*****").doesNotContain("N*** B****");
    // a first line that is not the recorded author (a real person) is text like any other
    assertThat(comment("Niamh Quenby:\nplease check", "Aled Pellow")).hasSize(1);
  }

  @Test
  void capitalisedOrdinaryWordsAreNotNames() {
    // poi__36947.xls, poi__external_image.xls
    assertThat(comment("HAS REVERSE LIGHT IN IT\nLENSE # 33-08910", "Japan autoparts")).isEmpty();
    assertThat(comment("MUST HAVE SMALL LIGHT IN BACK", "")).isEmpty();
    assertThat(comment("STUDENTS SHOULD FIND A WAY TO APPLY FOR AID", "")).isEmpty();
    assertThat(comment("CALL JOHN A SMITH ABOUT THE LENS", "")).hasSize(1);
  }

  @Test
  void aCompanyIsNotAPerson() {
    assertThat(comment("Parts supplied by Robert Bosch GmbH under the framework", "")).isEmpty();
    assertThat(comment("Parts supplied by Robert Bosch, who signed for them", "")).hasSize(1);
  }
}
