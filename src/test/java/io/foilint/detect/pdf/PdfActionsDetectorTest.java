package io.foilint.detect.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfActionsDetectorTest {

  @Test
  void scriptsAndLaunchesAreReview() {
    List<Finding> findings = Events.events()
        .fact(FactKind.PDF_ACTION, "document", "OpenAction", "JavaScript", "scriptBytes", "120")
        .fact(FactKind.PDF_ACTION, "page 1", "page 1 on open", "Launch", "target", "C:\\Users\\jsmith\\run.exe")
        .feed(new PdfActionsDetector());
    Finding f = Findings.only(findings);
    assertThat(f.rule()).isEqualTo("pdf-actions");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("2 scripts or actions", "a script of 120 bytes (OpenAction)",
        "starts a program");
    Findings.assertNoneContain(findings, "jsmith");
  }

  @Test
  void webLinksAreOnlyInfoAndMasked() {
    List<Finding> findings = Events.events()
        .fact(FactKind.PDF_ACTION, "page 2", "page 2 link", "URI", "target", "https://example.org/a")
        .fact(FactKind.PDF_ACTION, "page 2", "page 2 link", "URI", "target", "mailto:jane.smith@council.gov.uk")
        .feed(new PdfActionsDetector());
    assertThat(Findings.severities(findings)).containsExactly(Severity.INFO);
    assertThat(findings.get(0).message()).contains("2 addresses or files", "1 e-mail link");
    Findings.assertNoneContain(findings, "jane.smith");
  }

  @Test
  void webAddressesShowTheirSiteAndMaskTheRest() {
    assertThat(PdfActionsDetector.shown("https://intranet.council.local/cases/jsmith?id=42"))
        .startsWith("https://intranet.council.local/c****/")
        .doesNotContain("jsmith", "42");
    assertThat(PdfActionsDetector.shown("mailto:jane.smith@council.gov.uk")).doesNotContain("jane");
  }
}
