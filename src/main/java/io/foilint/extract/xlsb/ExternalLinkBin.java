package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * An external link part ({@code xl/externalLinks/externalLinkN.bin}): the cell values Excel
 * cached from the other workbook, streamed as an EXTERNAL_LINK_CACHE table whose cell references
 * name the linked sheet ({@code Sheet1!B2}).
 */
final class ExternalLinkBin {

  private static final int SUP_TABS = 359;
  private static final int EXTERN_TABLE_START = 363;
  private static final int EXTERN_ROW_HDR = 366;
  private static final int EXTERN_CELL_REAL = 368;
  private static final int EXTERN_CELL_BOOL = 369;
  private static final int EXTERN_CELL_ERROR = 370;
  private static final int EXTERN_CELL_STRING = 371;

  final List<String> sheetNames = new ArrayList<>();
  int cachedCells;

  static ExternalLinkBin read(InputStream in, String partName, String target, ContentHandler out)
      throws IOException, ExtractionException {
    ExternalLinkBin link = new ExternalLinkBin();
    XlsbRecordReader reader = new XlsbRecordReader(in, partName);
    List<Cell> cells = new ArrayList<>();
    String sheet = "";
    int row = 0;
    boolean tableOpen = false;
    while (reader.next()) {
      XlsbRecord r = reader.record();
      switch (r.type()) {
        case SUP_TABS -> {
          long count = r.u32();
          for (long i = 0; i < count && r.remaining() >= 4; i++) {
            link.sheetNames.add(r.wideString());
          }
        }
        case EXTERN_TABLE_START -> {
          flush(out, cells, row);
          int tab = r.i32();
          sheet = tab >= 0 && tab < link.sheetNames.size() ? link.sheetNames.get(tab) : "sheet " + (tab + 1);
        }
        case EXTERN_ROW_HDR -> {
          flush(out, cells, row);
          row = r.i32();
        }
        case EXTERN_CELL_REAL, EXTERN_CELL_BOOL, EXTERN_CELL_ERROR, EXTERN_CELL_STRING -> {
          int col = r.i32();
          String value =
              switch (r.type()) {
                case EXTERN_CELL_REAL -> NumberToTextConverter.toText(r.f64());
                case EXTERN_CELL_BOOL -> r.u8() != 0 ? "TRUE" : "FALSE";
                case EXTERN_CELL_ERROR -> errorText(r.u8());
                default -> r.wideString();
              };
          if (!value.isEmpty() && col >= 0 && row >= 0) {
            if (!tableOpen) {
              out.startTable(new TableStart(TableOrigin.EXTERNAL_LINK_CACHE, target.isEmpty() ? partName : target,
                  Location.of(partName), Visibility.EXTERNAL_LINK_CACHE));
              tableOpen = true;
            }
            String ref = new CellReference(sheet, row, col, false, false).formatAsString();
            cells.add(new Cell(ref, col, value, Visibility.EXTERNAL_LINK_CACHE));
            link.cachedCells++;
          }
        }
        default -> { }
      }
    }
    flush(out, cells, row);
    if (tableOpen) {
      out.endTable();
    }
    return link;
  }

  private static void flush(ContentHandler out, List<Cell> cells, int row) {
    if (!cells.isEmpty()) {
      out.row(new Row(row, Visibility.EXTERNAL_LINK_CACHE, cells));
      cells.clear();
    }
  }

  private static String errorText(int code) {
    try {
      return FormulaError.forInt((byte) code).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR(" + code + ")";
    }
  }
}
