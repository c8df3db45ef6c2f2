package io.foilint.fuzz;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Readers independent of foilint's own, used as the oracle "could this input be fully parsed?":
 * the JDK's zip classes (central directory and local headers, every entry inflated with its CRC
 * checked), POI opening a BIFF8 workbook, PDFBox loading a PDF and extracting its text. When one of them fails on an input,
 * foilint must not answer PASS for it.
 */
final class IndependentReaders {

  /** Inflating more than this in the oracle counts as "not readable" (a bomb). */
  private static final long MAX_INFLATED = 64L * 1024 * 1024;

  private IndependentReaders() {}

  /** Entry names in central-directory order, as the JDK's {@code ZipFile} reads them. */
  static List<String> centralDirectoryNames(Path file) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        names.add(e.getName());
      }
    }
    return names;
  }

  /** What a streaming reader sees walking the local headers; {@code failure} if it stopped. */
  record Streamed(List<String> names, Exception failure) {}

  static Streamed streamedNames(Path file) {
    List<String> names = new ArrayList<>();
    long inflated = 0;
    try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      byte[] buf = new byte[8192];
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        for (int n; (n = in.read(buf)) > 0; ) {
          inflated += n;
          if (inflated > MAX_INFLATED) {
            return new Streamed(names, new IOException("inflates past the oracle's limit"));
          }
        }
      }
      return new Streamed(names, null);
    } catch (Exception | StackOverflowError e) {
      return new Streamed(names, e instanceof Exception ex ? ex : new IOException(e));
    }
  }

  /**
   * Throws when the input is something an independent reader cannot fully parse; returns a
   * short description of what was checked otherwise (or {@code null} for plain text, which has
   * no independent strict reader).
   */
  static String checkReadable(Path file, byte[] data) throws Exception {
    if (startsWith(data, 'P', 'K')) {
      List<String> central = centralDirectoryNames(file);
      Streamed streamed = streamedNames(file);
      if (streamed.failure() != null) {
        throw new IOException("streaming zip reader failed: " + streamed.failure(), streamed.failure());
      }
      if (!streamed.names().equals(central)) {
        throw new IOException(
            "local headers list " + streamed.names().size() + " entries, central directory "
                + central.size() + " (or in another order or with other names)");
      }
      // Not POI's OPCPackage as well: it refuses parts without a content type (macOS clutter
      // such as .DS_Store), which foilint reads on purpose and reports as INFO.
      return "zip";
    }
    if (data.length >= 8 && (data[0] & 0xFF) == 0xD0 && (data[1] & 0xFF) == 0xCF
        && (data[2] & 0xFF) == 0x11 && (data[3] & 0xFF) == 0xE0) {
      try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
        if (fs.getRoot().hasEntryCaseInsensitive("Workbook")
            || fs.getRoot().hasEntryCaseInsensitive("Book")) {
          try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
            wb.getNumberOfSheets();
          }
          return "OLE2 + BIFF8";
        }
      }
      return "OLE2";
    }
    if (indexOf(data, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1024) >= 0) {
      try (PDDocument doc = Loader.loadPDF(file.toFile())) {
        new PDFTextStripper().writeText(doc, java.io.Writer.nullWriter());
      }
      return "PDF";
    }
    return null;
  }

  private static boolean startsWith(byte[] data, char a, char b) {
    return data.length >= 2 && data[0] == a && data[1] == b;
  }

  private static int indexOf(byte[] data, byte[] needle, int within) {
    int end = Math.min(data.length, within) - needle.length;
    outer:
    for (int i = 0; i <= end; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
