package io.foilint.source;

/**
 * Whether a zip entry name is a valid OOXML (OPC) or ODF part name. Both formats name parts by
 * relative, slash-separated paths; readers that meet anything else resolve it their own way (or
 * outside the package), so such a name is refused rather than guessed at.
 */
final class PartNames {

  private PartNames() {}

  /** Why {@code name} is not a valid part name, or null when it is. */
  static String problem(String name) {
    if (name.isEmpty()) {
      return "an empty name";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
        return "a control character in the name";
      }
      if (c == '\\') {
        return "a backslash, which some programs read as a folder separator";
      }
      if (c == '\uFFFD') {
        return "bytes that are not valid text";
      }
    }
    if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
      return "an absolute path";
    }
    String decoded = percent(name);
    if (decoded == null) {
      return "a malformed or disguising percent-encoding";
    }
    String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    for (String segment : body.split("/", -1)) {
      if (segment.isEmpty()) {
        return "an empty path segment";
      }
      if (segment.equals("..")) {
        return "a '..' segment that points outside the package";
      }
      if (segment.equals(".")) {
        return "a '.' segment";
      }
    }
    return null;
  }

  /**
   * Percent escapes are allowed for characters that cannot be written plainly; an escape of a
   * slash, backslash, dot, control character or any other plain ASCII character only disguises
   * the name. Returns null for such an escape or a malformed one.
   */
  private static String percent(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (i + 2 >= name.length() || hex(name.charAt(i + 1)) < 0 || hex(name.charAt(i + 2)) < 0) {
        return null;
      }
      int v = hex(name.charAt(i + 1)) * 16 + hex(name.charAt(i + 2));
      if (v < 0x80 && v != ' ' && v != '%' && v != '[' && v != ']' && v != '#' && v != '?'
          && v != '"' && v != '<' && v != '>' && v != '^' && v != '`' && v != '{' && v != '}'
          && v != '|') {
        // an escaped plain character: '/', '\', '.', letters, digits or a control character
        return null;
      }
      out.append('%');
      i += 2;
    }
    return out.toString();
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  /** The name with control characters shown as escapes, for messages. */
  static String printable(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length() && sb.length() < 200; i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
