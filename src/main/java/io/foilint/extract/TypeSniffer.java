package io.foilint.extract;

import io.foilint.model.FileType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;

/**
 * Decides a file's format from its bytes, never from its name: a {@code .xls} that is really an
 * xlsx is read as xlsx; a {@code .csv} that is really a workbook is read as a workbook.
 *
 * <p>Containers are opened just far enough to tell the family apart (zip entry names, OLE2 root
 * entries); Tika's magic-based detector decides the rest (text versus binary).
 */
public final class TypeSniffer {

  /** Loaded on first use: Tika's type database takes a noticeable time to read, and zip and
   * OLE2 files (most inputs) never need it. */
  private static final class TikaHolder {
    static final Tika TIKA = new Tika();
  }

  private TypeSniffer() {}

  public static FileType sniff(Path file) throws IOException {
    byte[] head; // the first 4 KB, read once for every check below that needs only a prefix
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    }
    int n = Math.min(head.length, 8);
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
      return sniffZip(file);
    }
    if (n == 8
        && (head[0] & 0xFF) == 0xD0
        && (head[1] & 0xFF) == 0xCF
        && (head[2] & 0xFF) == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      return sniffOle2(file);
    }
    String mime;
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      // content only: a file name must not decide the type
      mime = TikaHolder.TIKA.detect(in);
    }
    if (mime.equals("application/pdf")) {
      return FileType.PDF;
    }
    if (mime.contains("opendocument.spreadsheet") || looksLikeFlatOds(head)) {
      return FileType.FODS;
    }
    if (mime.startsWith("text/") || looksLikeUtf16Text(head)) {
      return FileType.CSV;
    }
    return FileType.UNKNOWN;
  }

  private static FileType sniffZip(Path file) {
    Set<String> names = new HashSet<>();
    boolean odsMimetype = false;
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      var entries = zip.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry e = entries.nextElement();
        String name = e.getName().toLowerCase(Locale.ROOT);
        names.add(name);
        if (name.equals("mimetype") && e.getSize() < 200) {
          try (InputStream in = zip.getInputStream(e)) {
            String mt = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
            odsMimetype = mt.startsWith("application/vnd.oasis.opendocument.spreadsheet");
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not a readable zip: let the extractor for the most likely family report it as corrupt.
      return FileType.XLSX;
    }
    if (odsMimetype) {
      return FileType.ODS;
    }
    if (names.contains("[content_types].xml")) {
      for (String n : names) {
        if (n.startsWith("xl/") && n.endsWith(".bin") && n.contains("workbook")) {
          return FileType.XLSB;
        }
      }
      for (String n : names) {
        if (n.startsWith("word/")) {
          return FileType.DOCX;
        }
      }
      return FileType.XLSX;
    }
    if (names.contains("content.xml") && names.contains("meta-inf/manifest.xml")) {
      return FileType.ODS;
    }
    // A damaged Office package (no content-types part) is still an Office file, not a bundle.
    if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
      return FileType.XLSX;
    }
    if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
      return FileType.DOCX;
    }
    return FileType.ZIP;
  }

  private static FileType sniffOle2(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptionInfo")
          || root.hasEntryCaseInsensitive("EncryptedPackage")) {
        return FileType.ENCRYPTED_OOXML;
      }
      if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
        return FileType.XLS;
      }
      if (root.hasEntryCaseInsensitive("WordDocument")) {
        return FileType.DOC;
      }
      return FileType.UNKNOWN;
    } catch (IOException | RuntimeException e) {
      // A damaged OLE2 container: most Office files of this shape are workbooks here.
      return FileType.XLS;
    }
  }

  /** UTF-16 text without a byte-order mark: every other byte is NUL in the first few lines. */
  private static boolean looksLikeUtf16Text(byte[] head) {
    byte[] start = java.util.Arrays.copyOf(head, Math.min(head.length, 512));
    if (start.length < 8) {
      return false;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i + 1 < start.length; i += 2) {
      if (start[i] == 0) {
        evenNul++;
      }
      if (start[i + 1] == 0) {
        oddNul++;
      }
    }
    int pairs = start.length / 2;
    return Math.max(evenNul, oddNul) > pairs * 0.9 && Math.min(evenNul, oddNul) < pairs * 0.1;
  }

  private static boolean looksLikeFlatOds(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    return s.contains("<office:document")
        && s.contains("application/vnd.oasis.opendocument.spreadsheet");
  }
}
