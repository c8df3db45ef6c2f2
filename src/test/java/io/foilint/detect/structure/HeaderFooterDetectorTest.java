package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderFooterDetectorTest {

  private static Events header(String sheet, String text) {
    return Events.events()
        .text(TextKind.HEADER_FOOTER, sheet, "", text, "", Visibility.HEADER_FOOTER);
  }

  @Test
  void pathCodeIsReview() {
    Finding f = Findings.only(header("Data", "&L&Z&F&RPage &P of &N").feed(new HeaderFooterDetector()));

    assertThat(f.rule()).isEqualTo("header-footer");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("file name or folder path");
  }

  @Test
  void personsNameIsReviewAndMasked() {
    Finding f =
        Findings.only(header("Data", "&LPrepared by Eilidh Macleod&ROFFICIAL")
            .feed(new HeaderFooterDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("looks like a person's name");
    Findings.assertNoneContain(List.of(f), "Eilidh", "Macleod");
  }

  @Test
  void ordinaryHeaderIsInfo() {
    Finding f =
        Findings.only(header("Data", "&C&\"Arial,Bold\"OFFICIAL SENSITIVE&RPage &P of &N")
            .feed(new HeaderFooterDetector()));

    assertThat(f.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void nameHeuristic() {
    assertThat(HeaderFooterDetector.looksLikeName("Police Service of Northern Ireland")).isFalse();
    assertThat(HeaderFooterDetector.looksLikeName("Annual Report")).isFalse();
    assertThat(HeaderFooterDetector.looksLikeName("Printed by Jane Smith")).isTrue();
    assertThat(HeaderFooterDetector.looksLikeName("Contact: Sean O'Neill")).isTrue();
  }

  @Test
  void noHeaderNoFinding() {
    assertThat(Events.sheet("S").row("a").feed(new HeaderFooterDetector())).isEmpty();
  }
}
