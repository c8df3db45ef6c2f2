package io.foilint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  @Test
  void masksNamesKeepingInitials() {
    assertThat(Evidence.mask("Smith J.")).isEqualTo("S**** J.");
    assertThat(Evidence.mask("Niamh Quenby")).isEqualTo("N**** Q*****");
  }

  @Test
  void masksCodesKeepingTheirShape() {
    assertThat(Evidence.mask("AB123456C")).isEqualTo("AB******C");
    assertThat(Evidence.mask("943 476 5919")).isEqualTo("### ### ####");
  }

  @Test
  void masksEmailAddresses() {
    assertThat(Evidence.mask("j.quenby@example.police.uk"))
        .isEqualTo("j.q*****@e******.p*****.u*")
        .doesNotContain("quenby");
  }

  @Test
  void truncatesLongValuesAndNormalisesSpace() {
    String masked = Evidence.mask("word ".repeat(40));
    assertThat(masked).endsWith("…").hasSizeLessThanOrEqualTo(61);
    assertThat(Evidence.mask("  ann\n\tbo ")).isEqualTo("a** b*");
  }

  @Test
  void veryShortNamesAreMaskedWhole() {
    // a kept first letter would show two initials or a one-character name entirely
    assertThat(Evidence.mask("JS")).isEqualTo("**");
    assertThat(Evidence.mask("J. S.")).isEqualTo("*. *.");
    assertThat(Evidence.mask("段")).isEqualTo("*");
    assertThat(Evidence.mask("李世仁")).isEqualTo("***");
    assertThat(Evidence.mask("王 乐静")).isEqualTo("* **");
    // longer values keep their first letters, numbers their length, single Latin letters stay
    assertThat(Evidence.mask("Jo Smith")).isEqualTo("J* S****");
    assertThat(Evidence.mask("12")).isEqualTo("##");
    assertThat(Evidence.mask("M")).isEqualTo("M");
  }

  @Test
  void samplesSkipBlanksAndStopAtMax() {
    assertThat(Evidence.samples(List.of("", "Hartwell", " ", "Pellow", "Marchbank"), 2))
        .isEqualTo("H*******; P*****");
  }

  @Test
  void masksNamesThatArePeopleOrIdentifiers() {
    assertThat(Evidence.maskName("Priya Hartwell")).isEqualTo("P**** H*******");
    assertThat(Evidence.maskName("Smith, John")).isEqualTo("S****, J***");
    assertThat(Evidence.maskName("AB123456C")).isEqualTo("AB******C");
    assertThat(Evidence.maskName("AB 12 34 56 C")).doesNotContain("12 34 56");
    assertThat(Evidence.maskName("j.smith@force.police.uk")).doesNotContain("smith");
  }

  @Test
  void masksPeopleInsideFileAndEntryNames() {
    assertThat(Evidence.maskName("Tomasz Thackeray.xlsx")).isEqualTo("T***** T********.xlsx");
    assertThat(Evidence.maskName("staff/priya_hartwell.csv")).isEqualTo("staff/p****_h*******.csv");
    assertThat(Evidence.maskName("AB123456C.csv")).isEqualTo("AB******C.csv");
    assertThat(Evidence.maskName("layer 'Niamh Quenby'")).isEqualTo("layer 'N**** Q*****'");
    assertThat(Evidence.maskInnerPath("Niamh Quenby/annex.zip!/AB123456C.csv"))
        .isEqualTo("N**** Q*****/annex.zip!/AB******C.csv");
  }

  @Test
  void keepsOrdinaryNames() {
    for (String name : new String[] {"Sheet1", "Data", "Headcount by rank", "annex.xlsx", "Layer 1", "page 3",
        "xl/worksheets/sheet1.xml", "meta.xml", "Incidents by district", "FOI-2023-0815/annex-b-headcount.xlsx",
        "B2:B40", "visible page text", "Reviewer notes", "Job Source", "OLE DB"}) {
      assertThat(Evidence.maskName(name)).as(name).isEqualTo(name);
    }
  }

  @Test
  void masksANamedPlaceWhereverTheFindingRepeatsIt() {
    Finding f = new Finding("hidden-sheet", Severity.BLOCK,
        new Location("Tomasz Thackeray.xlsx", "Priya Hartwell", "A1:F21"),
        "Sheet 'Priya Hartwell' is hidden; field 'Niamh Quenby' holds AB123456C",
        "e.g. Q***** N", "Unhide 'Priya Hartwell' (Home > Format > Unhide Sheet) and delete it");
    Finding m = Evidence.maskNames(f);
    assertThat(m.location()).isEqualTo(new Location("T***** T********.xlsx", "P**** H*******", "A1:F21"));
    assertThat(m.message()).isEqualTo("Sheet 'P**** H*******' is hidden; field 'N**** Q*****' holds AB******C");
    assertThat(m.evidence()).isEqualTo("e.g. Q***** N");
    assertThat(m.fix()).isEqualTo("Unhide 'P**** H*******' (Home > Format > Unhide Sheet) and delete it");
    assertThat(m.rule()).isEqualTo("hidden-sheet");
    assertThat(m.severity()).isEqualTo(Severity.BLOCK);
  }

  @Test
  void leavesFindingsWithoutPersonalNamesAsTheyAre() {
    Finding f = new Finding("hidden-sheet", Severity.BLOCK, new Location("annex.xlsx", "Data", "A1:F201"),
        "Sheet 'Data' is hidden and holds 200 rows", "e.g. Q***** N",
        "Page Layout > Page Setup > Header/Footer: check the text");
    assertThat(Evidence.maskNames(f)).isEqualTo(f);
  }
}
