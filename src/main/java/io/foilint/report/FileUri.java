package io.foilint.report;

import java.nio.charset.StandardCharsets;

/**
 * A file path as the URI reference SARIF's {@code artifactLocation.uri} requires: relative paths
 * stay relative (so a report made in a checkout points into it), absolute ones become
 * {@code file:} URIs, and every character a URI path cannot hold is percent-encoded as UTF-8.
 */
final class FileUri {

  private FileUri() {}

  static String of(String path) {
    String p = path.replace('\\', '/');
    if (p.matches("[A-Za-z]:/.*")) {
      // a Windows drive path: file:///C:/..., the drive colon kept as RFC 8089 writes it
      return "file:///" + p.substring(0, 2) + encode(p.substring(2));
    }
    if (p.startsWith("//")) {
      return "file:" + encode(p);
    }
    if (p.startsWith("/")) {
      return "file://" + encode(p);
    }
    return encode(p);
  }

  /**
   * Keeps unreserved characters, sub-delimiters, '@' and '/'; encodes the rest, ':' included, as
   * a ':' in a relative path's first segment would be read as a scheme.
   */
  private static String encode(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isKept(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isKept(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;
  }
}
