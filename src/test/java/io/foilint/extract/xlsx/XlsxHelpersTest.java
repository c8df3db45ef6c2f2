package io.foilint.extract.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.sheet.CellRefs;
import io.foilint.model.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pure pieces the sheet reader relies on. */
class XlsxHelpersTest {

  @Test
  void cellRanges() {
    CellRange r = CellRange.parse("'Staff list'!$B$2:$D$40");
    assertThat(r).isEqualTo(new CellRange(1, 39, 1, 3));
    assertThat(CellRange.parse("A:C")).isEqualTo(new CellRange(0, CellRefs.MAX_ROW, 0, 2));
    assertThat(CellRange.parse("3:5")).isEqualTo(new CellRange(2, 4, 0, CellRefs.MAX_COLUMN));
    assertThat(CellRange.parse("#REF!")).isNull();
    assertThat(CellRange.parseList("'A, B'!$A$1:$B$2,'A, B'!$D$1")).hasSize(2);
    assertThat(CellRange.parseList("A1:A3 C1:C3")).hasSize(2);
  }

  @Test
  void definedNameTargets() {
    List<SheetEntry> sheets =
        List.of(SheetEntry.of("Visible", 0, "rId1", null), SheetEntry.of("It's hidden", 1, "rId2", "veryHidden"));
    assertThat(DefinedNameFacts.refersToHiddenSheet("'It''s hidden'!$A$1", sheets)).isTrue();
    assertThat(DefinedNameFacts.refersToHiddenSheet("SUM(Visible!A1:A3)", sheets)).isFalse();
    assertThat(DefinedNameFacts.refersToHiddenSheet("\"It's hidden!\"", sheets)).isFalse();
    assertThat(DefinedNameFacts.isExternal("[1]Sheet1!$A$1")).isTrue();
    assertThat(DefinedNameFacts.isExternal("'C:\\data\\[staff.xlsx]Sheet1'!A1")).isTrue();
    assertThat(DefinedNameFacts.isExternal("Table1[Name]")).isFalse();
    assertThat(DefinedNameFacts.isExternal("Visible!$A$1")).isFalse();
  }

  @Test
  void farOffTrackerWithoutPrintArea() {
    FarOffTracker t = new FarOffTracker(List.of());
    assertThat(t.isFarOff(300, 0)).as("the first cell starts the block wherever it is").isFalse();
    assertThat(t.isFarOff(301, 40)).isFalse();
    assertThat(t.isFarOff(302, 92)).isTrue();
    assertThat(t.isFarOff(501, 0)).isFalse();
    assertThat(t.isFarOff(703, 0)).isTrue();
    assertThat(t.isFarOff(704, 0)).as("everything after the gap").isTrue();
  }

  @Test
  void columnLayoutCollapsedGroupsAndDefaults() {
    ColumnLayout c = new ColumnLayout();
    c.addColumns(2, 3, true, 9, 1);
    c.addColumns(4, 4, false, 9, 0);
    c.addColumns(6, 6, true, 9, 0); // hidden, not grouped
    c.addColumns(8, 8, false, 0, 0);
    assertThat(c.visibility(0)).isEqualTo(Visibility.VISIBLE);
    assertThat(c.visibility(1)).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(c.visibility(2)).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(c.visibility(3)).isEqualTo(Visibility.VISIBLE);
    assertThat(c.visibility(5)).isEqualTo(Visibility.HIDDEN_COLUMN);
    assertThat(c.visibility(7)).isEqualTo(Visibility.ZERO_WIDTH_COLUMN);
    c.setDefaultZeroWidth(true);
    assertThat(c.visibility(20)).isEqualTo(Visibility.ZERO_WIDTH_COLUMN);
    assertThat(c.visibility(0)).isEqualTo(Visibility.ZERO_WIDTH_COLUMN);
    assertThat(c.visibility(3)).isEqualTo(Visibility.VISIBLE);
  }
}
