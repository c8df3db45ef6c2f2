package io.foilint.source;

import java.nio.charset.StandardCharsets;

/**
 * What the bytes of a package part are, whatever its name or declared content type says: a
 * picture, a document foilint can scan (workbook or other zip package, OLE2 storage, PDF, text
 * laid out as delimited rows), XML, other text, or unknown binary.
 */
public enum PartKind {
  EMPTY("empty", false),
  PICTURE("picture", false),
  ZIP("zip package (a workbook or other document)", true),
  OLE2("OLE2 storage (an Office document)", true),
  PDF("PDF document", true),
  DELIMITED_TEXT("text laid out as delimited rows", true),
  XML("XML", false),
  TEXT("text", false),
  BINARY("binary data of unknown kind", false);

  /** Bytes a caller should pass to {@link #sniff}. */
  public static final int HEAD = 8192;

  private final String description;
  private final boolean document;

  PartKind(String description, boolean document) {
    this.description = description;
    this.document = document;
  }

  public String description() {
    return description;
  }

  /** A document the engine can scan: hand it to the engine, and BLOCK until someone looks. */
  public boolean isDocument() {
    return document;
  }

  /** Sniffs the first {@code n} bytes of a part (up to {@link #HEAD}). */
  public static PartKind sniff(byte[] head, int n) {
    if (n <= 0) {
      return EMPTY;
    }
    if (starts(head, n, 'P', 'K', 3, 4) || starts(head, n, 'P', 'K', 5, 6)) {
      return ZIP;
    }
    if (starts(head, n, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return OLE2;
    }
    if (isPicture(head, n)) {
      // checked before PDF: Mac Office keeps a PDF rendering inside its EMF previews
      return PICTURE;
    }
    if (indexOf(head, Math.min(n, 1024), "%PDF-") >= 0) {
      return PDF;
    }
    String text = text(head, n);
    if (text == null) {
      return BINARY;
    }
    String t = text.stripLeading();
    if (t.startsWith("<svg") || (t.startsWith("<?xml") && text.contains("<svg"))) {
      return PICTURE;
    }
    if (t.startsWith("<")) {
      return XML;
    }
    return delimited(text) ? DELIMITED_TEXT : TEXT;
  }

  private static boolean isPicture(byte[] b, int n) {
    return starts(b, n, 0x89, 'P', 'N', 'G')
        || starts(b, n, 0xFF, 0xD8, 0xFF)
        || starts(b, n, 'G', 'I', 'F', '8')
        || starts(b, n, 'B', 'M')
        || starts(b, n, 'I', 'I', 42, 0)
        || starts(b, n, 'M', 'M', 0, 42)
        || starts(b, n, 0xD7, 0xCD, 0xC6, 0x9A) // placeable WMF
        || starts(b, n, 1, 0, 9, 0) || starts(b, n, 2, 0, 9, 0) // WMF
        || (starts(b, n, 1, 0, 0, 0) && n >= 44 && b[40] == ' ' && b[41] == 'E' && b[42] == 'M'
            && b[43] == 'F') // EMF (also EMF+)
        || (starts(b, n, 'R', 'I', 'F', 'F') && n >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
            && b[11] == 'P')
        || indexOf(b, Math.min(n, 16), "VCLMTF") >= 0 // StarView metafile (ODF object replacements)
        || starts(b, n, 0, 0, 1, 0) // ICO
        || (n >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p'); // HEIF/AVIF
  }

  /** Decoded text when the bytes are plausibly text (no NULs or control bytes); else null. */
  private static String text(byte[] b, int n) {
    int start = starts(b, n, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = start; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C) {
        return null;
      }
    }
    return new String(b, start, n - start, StandardCharsets.UTF_8);
  }

  /** At least two lines with the same, non-zero count of one delimiter. */
  private static boolean delimited(String text) {
    String[] lines = text.split("\r\n|\n|\r");
    int usable = Math.min(lines.length, 20);
    for (char d : new char[] {',', ';', '\t', '|'}) {
      int first = -1;
      int agree = 0;
      for (int i = 0; i < usable; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        int count = (int) lines[i].chars().filter(c -> c == d).count();
        if (first < 0) {
          first = count;
        } else if (count == first && count > 0) {
          agree++;
        }
      }
      if (first > 0 && agree >= 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean starts(byte[] b, int n, int... sig) {
    if (n < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[i] & 0xFF) != sig[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, int n, String s) {
    byte[] p = s.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + p.length <= n; i++) {
      for (int j = 0; j < p.length; j++) {
        if (b[i + j] != p[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
