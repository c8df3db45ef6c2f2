package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Two parts almost every Excel workbook carries, read rather than skipped:
 *
 * <ul>
 *   <li>the calculation chain ({@code xl/calcChain.xml}): a list of cell references. It is read
 *       when it holds only {@code c} elements with their reference and flag attributes and no
 *       text; anything else in it is left for the uninspected-part report.
 *   <li>printer settings ({@code xl/printerSettings/*.bin}, a Windows DEVMODE): the printer and
 *       paper-form names, and any readable text in the driver's private bytes, are handed to the
 *       detectors as metadata text (a printer can be named after a person or an office); the rest
 *       is numbers (paper size, copies, resolution).
 * </ul>
 */
final class XlsxBookkeepingReader {

  private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
  private static final String CALC_CHAIN = SML + "calcchain+xml";
  private static final String PRINTER_SETTINGS = SML + "printersettings";
  private static final Set<String> CALC_ATTRIBUTES = Set.of("r", "i", "l", "s", "a", "t");
  private static final long MAX_PRINTER_SETTINGS = 1 << 20;

  private final XlsxPackageParts parts;
  private final ContentHandler out;

  XlsxBookkeepingReader(XlsxPackageParts parts, ContentHandler out) {
    this.parts = parts;
    this.out = out;
  }

  void readAll() throws IOException, ExtractionException {
    for (PackagePart part : parts.all()) {
      String name = XlsxPartsReader.nameOf(part);
      String type = part.getContentType().toLowerCase(Locale.ROOT);
      if (type.equals(CALC_CHAIN) && onlyCellReferences(part)) {
        parts.handled(name);
      } else if (type.equals(PRINTER_SETTINGS) && printerSettings(part, name)) {
        parts.handled(name);
      }
    }
  }

  private static boolean onlyCellReferences(PackagePart part) throws ExtractionException {
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      boolean root = true;
      while (xml.next()) {
        if (xml.isStart()) {
          if (root) {
            if (!xml.local().equals("calcChain")) {
              return false;
            }
            root = false;
          } else if (!xml.local().equals("c") || !attributesAre(xml)) {
            return false;
          }
        } else if (xml.isText() && !xml.text().isBlank()) {
          return false;
        }
      }
      return !root;
    }
  }

  private static boolean attributesAre(XlsxXmlReader xml) {
    for (String a : xml.attributeNames()) {
      if (!CALC_ATTRIBUTES.contains(a)) {
        return false;
      }
    }
    return true;
  }

  /** Reads a DEVMODE; false when the part is not one (it is then reported as uninspected). */
  private boolean printerSettings(PackagePart part, String name) throws IOException {
    byte[] b;
    try (InputStream in = part.getInputStream()) {
      b = in.readNBytes((int) MAX_PRINTER_SETTINGS + 1);
    }
    if (b.length > MAX_PRINTER_SETTINGS || b.length < 68) {
      return false;
    }
    int dmSize = u16(b, 68);
    int driverExtra = b.length >= 72 ? u16(b, 70) : -1;
    if (dmSize < 72 || dmSize + driverExtra != b.length) {
      return false; // not laid out as a DEVMODE: let the uninspected report say what it is
    }
    StringBuilder text = new StringBuilder();
    text.append(wide(b, 0, 32)).append('\n'); // dmDeviceName
    if (dmSize >= 102 + 64) {
      text.append(wide(b, 102, 32)).append('\n'); // dmFormName
    }
    text.append(printable(b, dmSize, b.length));
    // one block a run: keyword runs side by side ("True", "TextAsBlack") are not a name
    for (String run : text.toString().split("\n")) {
      if (!run.isBlank()) {
        out.text(new TextBlock(TextKind.OTHER, Location.of(name), run.strip(), "", Visibility.METADATA));
      }
    }
    return true;
  }

  private static String wide(byte[] b, int from, int chars) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < chars && from + 2 * i + 1 < b.length; i++) {
      char c = (char) u16(b, from + 2 * i);
      if (c == 0) {
        break;
      }
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    return sb.toString().strip();
  }

  /** Runs of at least four printable ASCII characters (one byte each, or UTF-16LE). */
  private static String printable(byte[] b, int from, int to) {
    StringBuilder all = new StringBuilder();
    for (int step = 1; step <= 2; step++) {
      StringBuilder run = new StringBuilder();
      for (int i = from; i + step - 1 < to; i += step) {
        int c = b[i] & 0xFF;
        if (c >= 0x20 && c < 0x7F && (step == 1 || b[i + 1] == 0)) {
          run.append((char) c);
        } else {
          flush(run, all);
        }
      }
      flush(run, all);
    }
    return all.toString();
  }

  private static void flush(StringBuilder run, StringBuilder all) {
    if (run.toString().strip().length() >= 4) {
      all.append(run.toString().strip()).append('\n');
    }
    run.setLength(0);
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }
}
