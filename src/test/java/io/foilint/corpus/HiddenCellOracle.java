package io.foilint.corpus;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An independent answer to "do hidden rows or columns of a visible sheet hold values?", from
 * POI's in-memory usermodel (not foilint's streaming extractors), so corpus recall can be
 * measured against files where something is actually hidden. Test code only.
 */
final class HiddenCellOracle {

  /** What the oracle saw; {@code readable} is false when POI's usermodel cannot open the file. */
  record Answer(boolean readable, boolean hiddenRowValues, boolean hiddenColumnValues) {}

  private HiddenCellOracle() {}

  static Answer of(Path file) {
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      boolean rows = false;
      boolean cols = false;
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
          continue; // reported as a hidden sheet, the outer reason
        }
        Sheet sheet = wb.getSheetAt(s);
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.BLANK || cell.toString().isBlank()) {
              continue;
            }
            rows |= row.getZeroHeight();
            cols |= sheet.isColumnHidden(cell.getColumnIndex());
          }
        }
      }
      return new Answer(true, rows, cols);
    } catch (Exception | Error e) {
      return new Answer(false, false, false);
    }
  }
}
