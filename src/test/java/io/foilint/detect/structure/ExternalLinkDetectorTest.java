package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.model.TableOrigin;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalLinkDetectorTest {

  private static final String PART = "xl/externalLinks/externalLink1.xml";
  private static final String PATH = "\\\\fs01\\home\\jbloggs\\Complaints 2023.xlsx";

  @Test
  void cachedRecordsFromAnotherWorkbookBlock() {
    Events e =
        Events.events()
            .fact(FactKind.EXTERNAL_LINK, PART, "", PATH, "cachedCells", "0")
            .table(TableOrigin.EXTERNAL_LINK_CACHE, "Complaints", PART, Visibility.EXTERNAL_LINK_CACHE);
    for (int i = 0; i < 6; i++) {
      e.row("Quigley" + i, "Complaint about noise");
    }
    Finding f = Findings.only(e.feed(new ExternalLinkDetector()));

    assertThat(f.rule()).isEqualTo("external-link");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("12 cells", "6 rows of data", "\\\\f***\\h***\\j******");
    Findings.assertNoneContain(List.of(f), "jbloggs", "Complaints 2023", "Quigley", "noise");
  }

  @Test
  void linkWithoutCacheIsReviewForItsPath() {
    Finding f =
        Findings.only(
            Events.events().fact(FactKind.EXTERNAL_LINK, PART, "", PATH)
                .feed(new ExternalLinkDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("server, folder and user names");
    Findings.assertNoneContain(List.of(f), "jbloggs");
  }

  @Test
  void fewCachedValuesAreReview() {
    Finding f =
        Findings.only(
            Events.events().fact(FactKind.EXTERNAL_LINK, PART, "", PATH, "cachedCells", "3")
                .feed(new ExternalLinkDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("3 cells");
  }

  @Test
  void noLinkNoFinding() {
    assertThat(Events.sheet("S").row("a", "b").feed(new ExternalLinkDetector())).isEmpty();
  }
}
