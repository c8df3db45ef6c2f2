package io.foilint.detect.failclosed;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class EncryptedFileDetectorTest {

  @Test
  void defaultPasswordIsNotedAsInfo() {
    Finding f =
        Findings.only(
            Events.events().fact(FactKind.ENCRYPTED_DEFAULT_PASSWORD, "EncryptionInfo", "", "agile")
                .feed(new EncryptedFileDetector()));

    assertThat(f.rule()).isEqualTo("encrypted-file");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("default password");
  }

  @Test
  void ruleBlocksByDefaultAndIgnoresOtherEvents() {
    EncryptedFileDetector d = new EncryptedFileDetector();
    assertThat(d.info().severity()).isEqualTo(Severity.BLOCK);
    assertThat(Events.sheet("S").row("a").feed(d)).isEmpty();
  }
}
