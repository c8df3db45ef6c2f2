package io.foilint.extract.sheet;

/**
 * Turns header/footer codes ({@code &L&"Arial,Bold"&12Prepared by J. Smith&R&Z&F}) into the text
 * a printout shows, naming the fields Excel fills in at print time ({@code [file path]} for
 * {@code &Z}) because those reveal where the file was saved. xlsx, xlsb and xls store the same
 * codes; read raw, a code letter joins the next word ({@code &RPage} read as the name "R Page").
 */
public final class HeaderFooterText {

  private HeaderFooterText() {}

  public static String plain(String raw) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      char ch = raw.charAt(i);
      if (ch != '&' || i + 1 >= raw.length()) {
        out.append(ch);
        i++;
        continue;
      }
      char code = raw.charAt(i + 1);
      i += 2;
      switch (code) {
        case '&' -> out.append('&');
        case 'L', 'C', 'R' -> separate(out);
        case 'P' -> out.append("[page]");
        case 'N' -> out.append("[pages]");
        case 'D' -> out.append("[date]");
        case 'T' -> out.append("[time]");
        case 'Z' -> out.append("[file path]");
        case 'F' -> out.append("[file name]");
        case 'A' -> out.append("[sheet name]");
        case 'G' -> out.append("[picture]");
        case '[' -> { // a field by name, as some writers store it: &[Page], &[Tab], &[Path]
          int close = raw.indexOf(']', i);
          String field = close < 0 ? "" : raw.substring(i, close);
          i = close < 0 ? raw.length() : close + 1;
          out.append(namedField(field));
        }
        case '"' -> {
          int close = raw.indexOf('"', i);
          i = close < 0 ? raw.length() : close + 1; // font name and style
        }
        case 'K' -> i = Math.min(raw.length(), i + 6); // colour RRGGBB (or theme code)
        default -> {
          if (Character.isDigit(code)) {
            while (i < raw.length() && Character.isDigit(raw.charAt(i))) {
              i++; // font size
            }
          }
          // other codes (&B &I &U &E &S &X &Y &H &O) only format
        }
      }
    }
    return out.toString().trim();
  }

  private static String namedField(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "page" -> "[page]";
      case "pages" -> "[pages]";
      case "date" -> "[date]";
      case "time" -> "[time]";
      case "path" -> "[file path]";
      case "file" -> "[file name]";
      case "tab" -> "[sheet name]";
      case "picture" -> "[picture]";
      default -> "";
    };
  }

  private static void separate(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }
}
