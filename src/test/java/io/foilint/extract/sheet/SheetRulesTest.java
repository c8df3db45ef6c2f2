package io.foilint.extract.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.model.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The judgements every spreadsheet reader shares, on their own. */
class SheetRulesTest {

  @Test
  void formatsThatDisplayNothing() {
    assertThat(hidesNumbers(";;;")).isTrue();
    assertThat(BlankNumberFormat.of(";;;").hidesText()).isTrue();
    assertThat(hidesNumbers("\"\";\"\";\"\"")).as("quoted empty literals").isTrue();
    assertThat(BlankNumberFormat.of("\"\";\"\";\"\"").hidesText()).as("no text section: text shows").isFalse();
    assertThat(hidesNumbers("\"\";\"\";\"\";\"\"")).isTrue();
    assertThat(BlankNumberFormat.of("\"\";\"\";\"\";\"\"").hides(true)).isTrue();
    assertThat(hidesNumbers("\" \";\" \";\" \"")).as("quoted spaces").isTrue();
    assertThat(hidesNumbers(";;")).isTrue();
    assertThat(BlankNumberFormat.of(";;").hidesText()).isFalse();
    assertThat(hidesNumbers("[Red];[Blue];")).isTrue();
    assertThat(hidesNumbers("_-* \" \";;")).isTrue();
    assertThat(BlankNumberFormat.of(";;;@").hidesText()).isFalse();
    assertThat(BlankNumberFormat.of(";;;@").hides(false)).as("booleans and errors go with numbers").isTrue();
  }

  @Test
  void formatsThatShowSomething() {
    assertThat(hidesNumbers("0.00;;")).isFalse();
    assertThat(hidesNumbers("0;-0;;@")).as("hide zeros").isFalse();
    assertThat(hidesNumbers("_-* #,##0_-;\"\";_-* #,##0_-;_-@_-")).as("blank negatives: a display convention").isFalse();
    assertThat(hidesNumbers("[<0]\"\";0%")).as("conditional section").isFalse();
    assertThat(hidesNumbers("0;;;")).isFalse();
    assertThat(hidesNumbers("General")).isFalse();
    assertThat(hidesNumbers("\"x\";\"\";\"\"")).isFalse();
    assertThat(hidesNumbers("\";\";;")).as("quoted semicolon").isFalse();
    assertThat(hidesNumbers("[White]0")).as("colour is judged by TextContrast").isFalse();
    assertThat(hidesNumbers("")).isFalse();
    assertThat(BlankNumberFormat.of(null).hidesSomething()).isFalse();
    assertThat(BlankNumberFormat.of("#,##0").hidesSomething()).isFalse();
  }

  private static boolean hidesNumbers(String code) {
    return BlankNumberFormat.of(code).hidesNumbers();
  }

  @Test
  void parsedSectionsFollowTheSameRule() {
    assertThat(BlankNumberFormat.hidesNumbers(List.of(true, true))).isTrue();
    assertThat(BlankNumberFormat.hidesNumbers(List.of(true, false))).isFalse();
    assertThat(BlankNumberFormat.hidesNumbers(List.of())).isFalse();
  }

  @Test
  void oneColourRule() {
    assertThat(TextContrast.invisible(0xFFFFFF, 0xFFFFFF)).isTrue();
    assertThat(TextContrast.invisible(0xF2F2F2, 0xFFFFFF)).as("near-white, distance 22").isTrue();
    assertThat(TextContrast.invisible(0xD9D9D9, 0xFFFFFF)).as("light grey, distance 65").isFalse();
    assertThat(TextContrast.invisible(0x000000, 0xFFFFFF)).isFalse();
    assertThat(TextContrast.invisible(0xFFFFFF, Rgb.UNKNOWN)).as("mixed pattern not judged").isFalse();
  }

  @Test
  void coloursResolveTheSameWayEverywhere() {
    assertThat(Rgb.applyTint(0x000000, 0.0)).isEqualTo(0x000000);
    assertThat(Rgb.applyTint(0x4472C4, 0.0)).isEqualTo(0x4472C4);
    assertThat(Rgb.applyTint(0xFFFFFF, -0.5)).isEqualTo(0x808080);
    assertThat(Rgb.applyTint(0x000000, 0.5)).isEqualTo(0x808080);
    assertThat(Rgb.defaultIndexed(1)).as("fixed white").isEqualTo(0xFFFFFF);
    assertThat(Rgb.defaultIndexed(9)).isEqualTo(0xFFFFFF);
    assertThat(Rgb.defaultIndexed(8)).isEqualTo(0x000000);
    assertThat(Rgb.defaultIndexed(Rgb.SYSTEM_BACKGROUND)).isEqualTo(0xFFFFFF);
    assertThat(Rgb.defaultIndexed(200)).isEqualTo(Rgb.UNKNOWN);
    assertThat(Rgb.parseHex("#fff")).isEqualTo(0xFFFFFF);
    assertThat(Rgb.parseHex("FF00FF00")).isEqualTo(0x00FF00);
    assertThat(Rgb.parseHex("teal")).isEqualTo(Rgb.UNKNOWN);
    ThemeColours theme = new ThemeColours();
    theme.set(ThemeColours.slot("dk1"), 0x112233);
    assertThat(theme.rgb(1)).isEqualTo(0x112233);
    assertThat(theme.rgb(0)).as("default lt1").isEqualTo(0xFFFFFF);
    ThemeColours.OFFICE_DEFAULT.set(0, 0x123456);
    assertThat(ThemeColours.OFFICE_DEFAULT.rgb(0)).as("the default cannot be changed").isEqualTo(0xFFFFFF);
  }

  @Test
  void rowAndColumnStates() {
    assertThat(LineState.row(true, false, 0, true)).isEqualTo(Visibility.FILTERED_OUT);
    assertThat(LineState.row(true, false, 2, true)).as("filter wins over outline").isEqualTo(Visibility.FILTERED_OUT);
    assertThat(LineState.row(true, false, 1, false)).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(LineState.row(true, true, 0, false)).isEqualTo(Visibility.HIDDEN_ROW);
    assertThat(LineState.row(false, true, 0, false)).isEqualTo(Visibility.ZERO_HEIGHT_ROW);
    assertThat(LineState.row(false, false, 3, true)).as("shown rows are shown").isEqualTo(Visibility.VISIBLE);
    assertThat(LineState.column(true, false, 1)).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(LineState.column(true, false, 0)).isEqualTo(Visibility.HIDDEN_COLUMN);
    assertThat(LineState.column(false, true, 0)).isEqualTo(Visibility.ZERO_WIDTH_COLUMN);
    assertThat(LineState.column(false, false, 0)).isEqualTo(Visibility.VISIBLE);
    assertThat(LineState.inFilterData(0, 0, 10)).as("the header row holds the buttons").isFalse();
    assertThat(LineState.inFilterData(1, 0, 10)).isTrue();
    assertThat(LineState.inFilterData(11, 0, 10)).isFalse();
  }

  @Test
  void cellReferences() {
    assertThat(CellRefs.ref(6, 2)).isEqualTo("C7");
    assertThat(CellRefs.columnName(26)).isEqualTo("AA");
    assertThat(CellRefs.columnName(16_383)).isEqualTo("XFD");
    assertThat(CellRefs.range(0, 0, 3, 1)).isEqualTo("A1:B4");
    assertThat(CellRefs.range(2, 2, 2, 2)).isEqualTo("C3");
    assertThat(CellRefs.parseCell("XFD1048576")).containsExactly(1_048_575, 16_383);
    assertThat(CellRefs.parseCell("$b$2")).containsExactly(1, 1);
    assertThat(CellRefs.parseCell("XFE1")).isNull();
    assertThat(CellRefs.parseCell("A0")).isNull();
    assertThat(CellRefs.parseCorner("C")).containsExactly(-1, 2);
  }
}
