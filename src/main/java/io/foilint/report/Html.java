package io.foilint.report;

/** HTML escaping for text and attribute values. */
final class Html {

  private Html() {}

  /**
   * Escapes the five characters that can end text or a quoted attribute, so text from a scanned
   * file (a sheet named {@code <script>}) is always shown, never run; controls, bidi overrides and
   * invisible characters are first made visible ({@link Printable#escape}).
   */
  static String escape(String raw) {
    String s = Printable.escape(raw);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
