package io.foilint.extract.xlsb;

import io.foilint.extract.sheet.CellRefs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Turns the parsed formula of a defined name (an rgce token list, [MS-XLSB] 2.5.97) back into
 * text for the common cases: references and ranges, 3-D ones through the extern-sheet table,
 * unions of those, and constants. Anything else is reported as not decoded rather than guessed.
 */
final class NameFormula {

  /** The formula as text, the sheets it points at, and whether it refers to another workbook. */
  record Decoded(String text, List<Integer> sheetIndexes, boolean external, boolean complete) {}

  private final WorkbookBin wb;

  NameFormula(WorkbookBin wb) {
    this.wb = wb;
  }

  Decoded decode(byte[] rgce) {
    Deque<String> stack = new ArrayDeque<>();
    java.util.ArrayList<Integer> sheets = new java.util.ArrayList<>();
    boolean external = false;
    int p = 0;
    try {
      while (p < rgce.length) {
        int ptg = rgce[p++] & 0xFF;
        int base = ptg < 0x20 ? ptg : (ptg & 0x1F) | 0x20;
        switch (base) {
          case 0x24 -> { // PtgRef
            stack.push(ref(rgce, p, false));
            p += 6;
          }
          case 0x25 -> { // PtgArea
            stack.push(area(rgce, p));
            p += 12;
          }
          case 0x3A, 0x3B, 0x3C, 0x3D -> { // PtgRef3d, PtgArea3d, PtgRefErr3d, PtgAreaErr3d
            int ixti = u16(rgce, p);
            p += 2;
            String sheet = sheetPrefix(ixti, sheets);
            if (sheet == null) {
              external = true;
              sheet = "[external]!";
            }
            String target =
                switch (base) {
                  case 0x3A -> ref(rgce, p, false);
                  case 0x3B -> area(rgce, p);
                  default -> "#REF!";
                };
            p += (base == 0x3A || base == 0x3C) ? 6 : 12;
            stack.push(sheet + target);
          }
          case 0x10 -> { // PtgUnion
            String right = stack.pop();
            String left = stack.pop();
            stack.push(left + "," + right);
          }
          case 0x15 -> { // PtgParen
            stack.push("(" + stack.pop() + ")");
          }
          case 0x17 -> { // PtgStr
            int chars = u16(rgce, p);
            p += 2;
            stack.push("\"" + new String(rgce, p, chars * 2, StandardCharsets.UTF_16LE) + "\"");
            p += chars * 2;
          }
          case 0x1E -> { // PtgInt
            stack.push(Integer.toString(u16(rgce, p)));
            p += 2;
          }
          case 0x1D -> stack.push(rgce[p++] != 0 ? "TRUE" : "FALSE"); // PtgBool
          case 0x1F -> { // PtgNum
            long bits = 0;
            for (int i = 7; i >= 0; i--) {
              bits = bits << 8 | (rgce[p + i] & 0xFF);
            }
            p += 8;
            stack.push(org.apache.poi.ss.util.NumberToTextConverter.toText(Double.longBitsToDouble(bits)));
          }
          default -> {
            return new Decoded("", sheets, external, false);
          }
        }
      }
    } catch (RuntimeException e) {
      // a token running past the end or an unbalanced union: the formula is not decodable
      return new Decoded("", sheets, external, false);
    }
    if (stack.size() != 1) {
      return new Decoded("", sheets, external, false);
    }
    return new Decoded(stack.pop(), sheets, external, true);
  }

  /** {@code 'Sheet name'!} for an XTI pointing into this workbook, null for another workbook. */
  private String sheetPrefix(int ixti, List<Integer> sheets) {
    if (ixti >= wb.externSheets.size()) {
      return null;
    }
    WorkbookBin.ExternSheet xti = wb.externSheets.get(ixti);
    boolean self = xti.supBook() >= 0
        && xti.supBook() < wb.supBookIsSelf.size()
        && wb.supBookIsSelf.get(xti.supBook());
    if (!self) {
      return null;
    }
    int first = xti.firstSheet();
    if (first == -1) {
      return "#REF!"; // the sheet the name pointed at has been deleted
    }
    if (first < 0 || first >= wb.sheets.size()) {
      return ""; // -2: a reference to the workbook itself
    }
    sheets.add(first);
    String name = wb.sheets.get(first).name();
    return (name.matches("[A-Za-z_][A-Za-z0-9_.]*") ? name : "'" + name.replace("'", "''") + "'") + "!";
  }

  private static String ref(byte[] b, int p, boolean unused) {
    int row = i32(b, p);
    int col = u16(b, p + 4);
    return cell(row, col);
  }

  private static String area(byte[] b, int p) {
    int rowFirst = i32(b, p);
    int rowLast = i32(b, p + 4);
    int colFirst = u16(b, p + 8);
    int colLast = u16(b, p + 10);
    return cell(rowFirst, colFirst) + ":" + cell(rowLast, colLast);
  }

  private static String cell(int row, int colField) {
    int col = colField & 0x3FFF;
    boolean colRelative = (colField & 0x4000) != 0;
    boolean rowRelative = (colField & 0x8000) != 0;
    return (colRelative ? "" : "$") + CellRefs.columnName(col)
        + (rowRelative ? "" : "$") + (row + 1);
  }

  private static int u16(byte[] b, int p) {
    return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
  }

  private static int i32(byte[] b, int p) {
    return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
  }
}
