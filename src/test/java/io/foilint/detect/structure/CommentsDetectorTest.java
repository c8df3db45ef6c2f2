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

    assertThat(findings).hasSize(3);
    assertThat(Findings.severities(findings)).containsOnly(Severity.REVIEW);
    Finding budget = findings.get(0);
    assertThat(budget.location().place()).isEqualTo("Budget");
    assertThat(budget.message()).contains("2 comments", "B4, C9");
    Finding authors = findings.get(2);
    assertThat(authors.message()).contains("2 comment authors", "T***** N****", "A**** B****");
    Findings.assertNoneContain(findings, "Priya", "Raman", "sick", "Tomasz", "Nowak", "Aoife");
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
