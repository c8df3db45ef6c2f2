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

  @Test
  void eachLinkedWorkbookGivesOneFindingHoweverManySheetsItCaches() {
    Events e = Events.events();
    for (String sheet : new String[] {"Staff", "Leavers"}) {
      e.table(TableOrigin.EXTERNAL_LINK_CACHE, "staff.xls [" + sheet + "]", "linked workbook 1 (staff.xls) [" + sheet + "]",
          Visibility.EXTERNAL_LINK_CACHE);
      for (int i = 0; i < 6; i++) {
        e.row("Officer" + sheet + i, "PC" + (1000 + i));
      }
    }
    e.endTable().fact(FactKind.EXTERNAL_LINK, "linked workbook 1 (staff.xls)", "External link 1", "/hr/staff.xls",
        "cachedCells", "24");

    Finding f = Findings.only(e.feed(new ExternalLinkDetector()));

    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.location().place()).isEqualTo("linked workbook 1 (staff.xls)");
    assertThat(f.message()).contains("12 rows", "shown on no visible sheet");
  }

  @Test
  void xlsLinksToFilesOfOneNameWithBracketsStayApartAndJoinTheirOwnCaches() {
    Events e = Events.events();
    for (int link = 1; link <= 2; link++) {
      String place = "linked workbook " + link + " (list [v" + link + "].xls)";
      e.table(TableOrigin.EXTERNAL_LINK_CACHE, "list.xls [S]", place + " [S (a) [b]]", Visibility.EXTERNAL_LINK_CACHE);
      for (int i = 0; i < 6 * link; i++) {
        e.row("Officer" + i, "PC" + (1000 + i));
      }
      e.endTable().fact(FactKind.EXTERNAL_LINK, place, "External link " + link, "/hr/v" + link + "/list.xls");
    }

    List<Finding> findings = e.feed(new ExternalLinkDetector());

    assertThat(findings).extracting(f -> f.location().place())
        .containsExactly("linked workbook 1 (list [v1].xls)", "linked workbook 2 (list [v2].xls)");
    assertThat(findings.get(0).message()).contains("12 cells");
    assertThat(findings.get(1).message()).contains("24 cells");
  }

  @Test
  void cacheOfValuesTheFormulasShowIsReviewAndSaysWhere() {
    Events e = Events.sheet("Summary");
    for (int i = 0; i < 6; i++) {
      e.row("Area " + i, String.valueOf(100 + i));
    }
    e.table(TableOrigin.EXTERNAL_LINK_CACHE, "totals.xlsx [Totals]", "xl/externalLinks/externalLink1.xml",
        Visibility.EXTERNAL_LINK_CACHE);
    for (int i = 0; i < 6; i++) {
      e.row("Area " + i, (100 + i) + ".0");
    }
    e.endTable().fact(FactKind.EXTERNAL_LINK, "xl/externalLinks/externalLink1.xml", "External link 1",
        "totals.xlsx");

    Finding f = Findings.only(e.feed(new ExternalLinkDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("its values are all shown on Summary!A1:B6");
  }
}
