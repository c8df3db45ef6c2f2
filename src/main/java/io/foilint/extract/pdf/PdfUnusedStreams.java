package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * The back-stop for text no pass reads: streams nothing in the document refers to (page content
 * left behind by an edit, a planted text stream, a deleted page's drawing instructions) are
 * decoded, bounded, and any text in them is handed to the free-text checks as text in an embedded
 * part. The strings a content stream shows are taken from its text operators; other streams count
 * as text when they are mostly printable. A stream that cannot be decoded is reported as not
 * inspected. Pictures, font programs and character maps are left out: they hold no free text.
 */
final class PdfUnusedStreams {

  /** Bytes of one stream read for text; text beyond is rare and the checks need a sample. */
  private static final int MAX_READ = 4 * 1024 * 1024;

  /** Text taken from all unused streams of one file. */
  private static final int MAX_TEXT = 4 * 1024 * 1024;

  private final List<PdfInflationGuard.Unused> unused;
  private final ExtractionContext context;
  private final ContentHandler out;

  PdfUnusedStreams(List<PdfInflationGuard.Unused> unused, ExtractionContext context, ContentHandler out) {
    this.unused = unused;
    this.context = context;
    this.out = out;
  }

  void report() throws ExtractionException {
    int taken = 0;
    for (PdfInflationGuard.Unused u : unused) {
      COSStream s = u.stream();
      if (COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE)) || s.containsKey(COSName.LENGTH1)
          || s.containsKey(COSName.getPDFName("CMapName"))) {
        continue;
      }
      context.checkDeadline();
      Location where = Location.of("unused stream", "object " + u.number());
      byte[] bytes;
      PdfStreamDecoder.Result r;
      try (PdfStreamDecoder.Spill decoded = new PdfStreamDecoder.Spill(Long.MAX_VALUE, true)) {
        r = PdfStreamDecoder.decode(s, decoded);
        bytes = decoded.head(MAX_READ);
      } catch (IOException e) {
        bytes = new byte[0];
        r = new PdfStreamDecoder.Result(0, false, "it could not be read", false);
      }
      String text = r.imageCodec() ? "" : text(bytes);
      if (!text.isBlank() && taken < MAX_TEXT) {
        text = text.length() > MAX_TEXT - taken ? text.substring(0, MAX_TEXT - taken) : text;
        taken += text.length();
        out.text(new TextBlock(TextKind.OTHER, where, text, "", Visibility.EMBEDDED_PART));
      }
      if (r.damaged()) {
        out.fact(new Fact(FactKind.UNINSPECTED_PART, where, "unused stream",
            "A stream no page or other part of the PDF uses (object " + u.number() + ") is damaged ("
                + r.damage() + "); what it holds past the damage was not checked",
            FactAttr.attrs().put(FactAttr.SENTENCE, true).build()));
      }
    }
  }

  /** The text a stream holds: the strings a content stream shows, or the stream if printable. */
  static String text(byte[] b) {
    if (b.length == 0) {
      return "";
    }
    String latin = new String(b, StandardCharsets.ISO_8859_1);
    if (latin.contains("BT") && (latin.contains("Tj") || latin.contains("TJ"))) {
      String shown = shownStrings(b);
      if (!shown.isBlank()) {
        return shown;
      }
    }
    int printable = 0;
    int sample = Math.min(b.length, 65536);
    for (int i = 0; i < sample; i++) {
      int c = b[i] & 0xff;
      if (c >= 0x20 && c < 0x7f || c == '\n' || c == '\r' || c == '\t' || c >= 0xa0) {
        printable++;
      }
    }
    if (printable < sample * 0.9) {
      return "";
    }
    String s = new String(b, StandardCharsets.UTF_8);
    return s.indexOf('\ufffd') >= 0 ? latin : s;
  }

  /** Literal and hex strings of a content stream, a space after each text operator's strings. */
  static String shownStrings(byte[] b) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      if (c == '%') {
        while (i < b.length && b[i] != '\n' && b[i] != '\r') {
          i++;
        }
      } else if (c == '(') {
        i = literal(b, i + 1, text);
      } else if (c == '<' && i + 1 < b.length && b[i + 1] != '<') {
        i = hex(b, i + 1, text);
      } else {
        if ((c == 'j' || c == 'J') && i > 0 && b[i - 1] == 'T' || c == '\'' || c == '"') {
          text.append(' ');
        } else if (c == '*' && i > 0 && b[i - 1] == 'T' || c == 'd' && i > 0 && b[i - 1] == 'T') {
          text.append('\n');
        }
        i++;
      }
    }
    return text.toString().replaceAll("[ \\t]+", " ").strip();
  }

  private static int literal(byte[] b, int i, StringBuilder text) {
    int depth = 1;
    while (i < b.length) {
      int c = b[i++] & 0xff;
      if (c == '\\' && i < b.length) {
        int e = b[i++] & 0xff;
        switch (e) {
          case 'n' -> text.append('\n');
          case 'r', 't', 'b', 'f' -> text.append(' ');
          case '\r', '\n' -> { }
          default -> {
            if (e >= '0' && e <= '7') {
              int v = e - '0';
              for (int k = 0; k < 2 && i < b.length && b[i] >= '0' && b[i] <= '7'; k++) {
                v = v * 8 + (b[i++] - '0');
              }
              text.append((char) (v & 0xff));
            } else {
              text.append((char) e);
            }
          }
        }
      } else if (c == '(') {
        depth++;
        text.append('(');
      } else if (c == ')') {
        if (--depth == 0) {
          return i;
        }
        text.append(')');
      } else {
        text.append((char) c);
      }
    }
    return i;
  }

  private static int hex(byte[] b, int i, StringBuilder text) {
    StringBuilder digits = new StringBuilder();
    while (i < b.length && b[i] != '>') {
      if (Character.digit(b[i], 16) >= 0) {
        digits.append((char) b[i]);
      }
      i++;
    }
    if (digits.length() % 2 == 1) {
      digits.append('0');
    }
    byte[] bytes = new byte[digits.length() / 2];
    for (int k = 0; k < bytes.length; k++) {
      bytes[k] = (byte) Integer.parseInt(digits.substring(2 * k, 2 * k + 2), 16);
    }
    boolean utf16 = bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff;
    text.append(utf16 ? new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)
        : new String(bytes, StandardCharsets.ISO_8859_1));
    return i + 1;
  }
}
