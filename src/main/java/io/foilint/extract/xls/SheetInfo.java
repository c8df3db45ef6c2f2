package io.foilint.extract.xls;

import io.foilint.model.Visibility;
import org.apache.poi.hssf.record.BoundSheetRecord;

/**
 * A sheet as the BOUNDSHEET record describes it.
 *
 * @param name the sheet's name
 * @param visibility VISIBLE, HIDDEN_SHEET or VERY_HIDDEN_SHEET (from {@code hsState})
 * @param type the BIFF sheet type {@code dt}: 0 worksheet, 1 Excel 4 macro sheet, 2 chart, 6 VBA module
 */
record SheetInfo(String name, Visibility visibility, int type) {

  static final int WORKSHEET = 0;
  static final int MACRO_SHEET = 1;
  static final int CHART = 2;

  static SheetInfo of(BoundSheetRecord record) {
    Visibility v = record.isVeryHidden()
        ? Visibility.VERY_HIDDEN_SHEET
        : record.isHidden() ? Visibility.HIDDEN_SHEET : Visibility.VISIBLE;
    int type = 0;
    try {
      // POI does not expose dt: it is the byte after hsState (lbPlyPos u32, hsState u8, dt u8).
      BiffBytes b = BiffBytes.body(record);
      b.skip(5);
      type = b.u8();
    } catch (IllegalArgumentException e) {
      type = 0;
    }
    String name = record.getSheetname() == null ? "" : record.getSheetname();
    return new SheetInfo(name, v, type);
  }

  String state() {
    return switch (visibility) {
      case VERY_HIDDEN_SHEET -> "veryHidden";
      case HIDDEN_SHEET -> "hidden";
      default -> "visible";
    };
  }
}
