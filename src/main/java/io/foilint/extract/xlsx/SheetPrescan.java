package io.foilint.extract.xlsx;

import java.io.IOException;
import java.io.InputStream;

/**
 * A cheap first pass over a sheet part that finds what the XML only states after the cells: the
 * {@code <autoFilter ref>} (it follows {@code <sheetData>}), which decides whether a hidden row
 * was hidden by the filter. It scans bytes for start tags instead of parsing XML, so it costs
 * little more than inflating the part. Text cannot hide a tag from it: {@code <} inside text is
 * always escaped.
 */
final class SheetPrescan {

  private String autoFilterRef;

  private SheetPrescan() {}

  /** The autoFilter range as written ({@code A1:F200}), or null when the sheet has none. */
  String autoFilterRef() {
    return autoFilterRef;
  }

  static SheetPrescan scan(InputStream in) throws IOException {
    SheetPrescan result = new SheetPrescan();
    new Scanner(in, result).run();
    return result;
  }

  /** Byte-level tag scanner. */
  private static final class Scanner {
    private final InputStream in;
    private final SheetPrescan out;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
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
        if (local.equals("autoFilter")) {
          readAttributes(b);
          out.autoFilterRef = attribute("ref");
          return;
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
  }
}
