package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataConnectionsDetectorTest {

  @Test
  void connectionsAndQueriesAreReviewAndMasked() {
    List<Finding> findings =
        Events.events()
            .fact(FactKind.DATA_CONNECTION, "xl/connections.xml", "HR extract",
                "Provider=SQLOLEDB;Data Source=HRSQL01;User ID=kfarrell;",
                "type", "oledb", "server", "HRSQL01")
            .fact(FactKind.POWER_QUERY, "customXml/item1.xml", "", "customXml/item1.xml",
                "bytes", "5000")
            .feed(new DataConnectionsDetector());

    assertThat(findings).hasSize(2);
    assertThat(Findings.severities(findings)).containsOnly(Severity.REVIEW);
    assertThat(findings.get(0).message()).contains("'HR extract'", "type oledb", "server HR****1");
    assertThat(findings.get(1).message()).contains("Power Query");
    Findings.assertNoneContain(findings, "HRSQL01", "kfarrell");
  }

  @Test
  void noConnectionNoFinding() {
    assertThat(Events.sheet("S").row("x").feed(new DataConnectionsDetector())).isEmpty();
  }
}
