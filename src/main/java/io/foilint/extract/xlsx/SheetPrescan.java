package io.foilint.extract.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A cheap first pass over a sheet part that finds what the XML only states after the cells: the
 * {@code <autoFilter ref>} (it follows {@code <sheetData>}) and which rows carry
 * {@code collapsed="1"} (a collapsed outline group is marked on the row after, or before, the
 * hidden rows). It scans bytes for start tags instead of parsing XML, so it costs little more
 * than inflating the part, and holds only the collapsed row numbers. Text cannot hide a tag
 * from it: {@code <} inside text is always escaped.
 */
final class SheetPrescan {

  private String autoFilterRef;
  private int[] collapsedRows = new int[16];
  private int collapsedCount;

  private SheetPrescan() {}

  /** The autoFilter range as written ({@code A1:F200}), or null when the sheet has none. */
  String autoFilterRef() {
    return autoFilterRef;
  }

  /** Whether row {@code index} (zero-based) carries collapsed="1". */
  boolean isCollapsed(int index) {
    return Arrays.binarySearch(collapsedRows, 0, collapsedCount, index) >= 0;
  }

  /** Whether some row after {@code index} carries collapsed="1". */
  boolean hasCollapsedAfter(int index) {
    int at = Arrays.binarySearch(collapsedRows, 0, collapsedCount, index + 1);
    int insertion = at >= 0 ? at : -at - 1;
    return insertion < collapsedCount;
  }

  static SheetPrescan scan(InputStream in) throws IOException {
    SheetPrescan result = new SheetPrescan();
    new Scanner(in, result).run();
    if (!isSorted(result.collapsedRows, result.collapsedCount)) {
      Arrays.sort(result.collapsedRows, 0, result.collapsedCount);
    }
    return result;
  }

  private static boolean isSorted(int[] a, int n) {
    for (int i = 1; i < n; i++) {
      if (a[i - 1] > a[i]) {
        return false;
      }
    }
    return true;
  }

  private void addCollapsed(int row) {
    if (collapsedCount == collapsedRows.length) {
      collapsedRows = Arrays.copyOf(collapsedRows, collapsedCount * 2);
    }
    collapsedRows[collapsedCount++] = row;
  }

  /** Byte-level tag scanner. */
  private static final class Scanner {
    private final InputStream in;
    private final SheetPrescan out;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private int lastRow = -1;
    private final StringBuilder name = new StringBuilder();
    private final StringBuilder attrs = new StringBuilder();

    Scanner(InputStream in, SheetPrescan out) {
      this.in = in;
      this.out = out;
    }

    private int next() throws IOException {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return -1;
        }
      }
      return buf[pos++] & 0xFF;
    }

    void run() throws IOException {
      int b;
      while ((b = next()) >= 0) {
        if (b != '<') {
          continue;
        }
        name.setLength(0);
        while ((b = next()) >= 0 && b != ' ' && b != '>' && b != '/' && b != '\t' && b != '\n'
            && b != '\r') {
          name.append((char) b);
          if (name.length() > 64) {
            break;
          }
        }
        String local = localName(name);
        if (local.equals("row") || local.equals("autoFilter")) {
          readAttributes(b);
          if (local.equals("row")) {
            onRow();
          } else {
            out.autoFilterRef = attribute("ref");
            return; // all rows come before the autoFilter
          }
        }
      }
    }

    private static String localName(StringBuilder qname) {
      int colon = qname.indexOf(":");
      return colon < 0 ? qname.toString() : qname.substring(colon + 1);
    }

    private void readAttributes(int first) throws IOException {
      attrs.setLength(0);
      int b = first;
      int quote = 0;
      while (b >= 0) {
        if (quote != 0) {
          if (b == quote) {
            quote = 0;
          }
        } else if (b == '"' || b == '\'') {
          quote = b;
        } else if (b == '>') {
          return;
        }
        attrs.append((char) b);
        if (attrs.length() > 4096) {
          return; // no attribute we want is that long
        }
        b = next();
      }
    }

    /** Value of attribute {@code key} in the tag just read (unprefixed name), or null. */
    private String attribute(String key) {
      int from = 0;
      while (true) {
        int at = attrs.indexOf(key + "=", from);
        if (at < 0) {
          return null;
        }
        char before = at == 0 ? ' ' : attrs.charAt(at - 1);
        int q = at + key.length() + 1;
        if (Character.isWhitespace(before) && q < attrs.length()) {
          char quote = attrs.charAt(q);
          int end = attrs.indexOf(String.valueOf(quote), q + 1);
          if (end > q) {
            return attrs.substring(q + 1, end);
          }
        }
        from = at + 1;
      }
    }

    private void onRow() {
      int r = XmlAttrs.intOr(attribute("r"), -1);
      int index = r > 0 ? r - 1 : lastRow + 1;
      lastRow = index;
      if (XmlAttrs.isTrue(attribute("collapsed"))) {
        out.addCollapsed(index);
      }
    }
  }
}
