package io.foilint.extract;

import io.foilint.extract.csv.CsvDialect;
import io.foilint.extract.mail.MailHeaderBlock;
import io.foilint.extract.ole.OleObjectPayload;
import io.foilint.extract.rtf.RtfScanner;
import io.foilint.extract.text.TextEncoding;
import io.foilint.extract.tika.PictureFormat;
import io.foilint.model.FileType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;

/**
 * Decides a file's format from its bytes, never from its name: a {@code .xls} that is really an
 * xlsx is read as xlsx; a {@code .csv} that is really a workbook is read as a workbook.
 *
 * <p>Zip packages are typed by their main part ({@link PackageSniffer}): an OOXML package by the
 * content type of the part its {@code officeDocument} relationship names, an OpenDocument one by
 * its {@code mimetype} entry or manifest — so a PowerPoint is named as one, never read as a
 * workbook. OLE2 files by their root entries. Text is CSV only when it is really delimited; other
 * text is {@link FileType#TEXT}. Tika's magic-based detector tells the remaining binary formats
 * from text.
 */
public final class TypeSniffer {

  /** Loaded on first use: Tika's type database takes a noticeable time to read, and zip and
   * OLE2 files (most inputs) never need it. */
  private static final class TikaHolder {
    static final Tika TIKA = new Tika();
  }

  /** Media types Tika gives text that is not marked text/… . */
  private static final Set<String> TEXTUAL = Set.of(
      "application/xml", "application/json", "application/javascript", "application/x-sh",
      "application/x-httpd-php", "application/rtf", "message/rfc822", "application/mbox");

  private TypeSniffer() {}

  public static FileType sniff(Path file) throws IOException {
    byte[] head; // the file's start, read once for every check below that needs only a prefix
    boolean wholeFile;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(CsvDialect.SAMPLE_BYTES);
      wholeFile = in.read() < 0;
    }
    int n = Math.min(head.length, 8);
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
      return PackageSniffer.sniff(file);
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
    if (mime.equals("application/pdf") || hasPdfHeaderNearStart(file)) {
      return FileType.PDF;
    }
    if (PictureFormat.sniff(head, head.length).isPresent()) {
      return FileType.IMAGE; // by signature: Tika's magic alone takes "BM…" text for a bitmap
    }
    if (mime.contains("opendocument.spreadsheet") || looksLikeFlatOds(head)) {
      return FileType.FODS;
    }
    if (mime.contains("opendocument.flat.text") || mime.contains("opendocument.text")
        || looksLikeFlatOdt(head)) {
      return FileType.FODT;
    }
    if (mime.contains("opendocument.flat.presentation") || mime.contains("opendocument.presentation")
        || looksLikeFlatOdp(head)) {
      return FileType.FODP;
    }
    boolean textual = mime.startsWith("text/") || mime.endsWith("+xml") || TEXTUAL.contains(mime);
    if (textual && RtfScanner.isRtf(head)) {
      return FileType.RTF;
    }
    if (textual && MailHeaderBlock.startsFile(head)) {
      return FileType.EML;
    }
    if (mime.equals("text/html") || mime.equals("application/xhtml+xml")) {
      return FileType.HTML;
    }
    if (textual || mime.equals("application/octet-stream")) {
      // Tika's octet-stream also covers text it cannot place: UTF-32, text with NUL bytes.
      return textType(head, wholeFile, textual);
    }
    return FileType.UNKNOWN;
  }

  /** CSV when the text is really delimited, else plain text; UNKNOWN when it is not text. */
  private static FileType textType(byte[] head, boolean wholeFile, boolean tikaSaysText) {
    TextEncoding encoding;
    try {
      encoding = TextEncoding.detect(head, wholeFile);
    } catch (ExtractionException e) {
      // Tika read it as text but it holds binary data: the CSV reader reports why (fail closed).
      return tikaSaysText ? FileType.CSV : FileType.UNKNOWN;
    }
    String text = encoding.decodeSample(head);
    return CsvDialect.isDelimited(text, wholeFile) ? FileType.CSV : FileType.TEXT;
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
      if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
        return FileType.PPT;
      }
      if (root.hasEntryCaseInsensitive("VisioDocument")) {
        return FileType.VISIO;
      }
      if (root.hasEntryCaseInsensitive("Quill")) {
        return FileType.PUBLISHER;
      }
      if (root.hasEntryCaseInsensitive("__properties_version1.0")
          || root.getEntryNames().stream().anyMatch(e -> e.startsWith("__substg1.0_"))) {
        return FileType.MSG;
      }
      if (OleObjectPayload.wrapsContent(root)) {
        return FileType.OLE_OBJECT;
      }
      return FileType.UNKNOWN;
    } catch (IOException | RuntimeException e) {
      return Ole2Names.sniffDamaged(file);
    }
  }

  /**
   * A PDF header anywhere in the first 1024 bytes: viewers open such a file as a PDF (junk before
   * the header is tolerated), so it must be read as one — or refused as a damaged PDF — never
   * read as plain text that happens to pass.
   */
  private static boolean hasPdfHeaderNearStart(Path file) throws IOException {
    byte[] start = new byte[1024];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(start, 0, start.length);
    }
    byte[] header = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + header.length <= n; i++) {
      for (int j = 0; j < header.length; j++) {
        if (start[i + j] != header[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean looksLikeFlatOds(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    return s.contains("<office:document")
        && s.contains("application/vnd.oasis.opendocument.spreadsheet");
  }

  private static boolean looksLikeFlatOdt(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    return s.contains("<office:document") && s.contains("application/vnd.oasis.opendocument.text");
  }

  private static boolean looksLikeFlatOdp(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    return s.contains("<office:document")
        && s.contains("application/vnd.oasis.opendocument.presentation");
  }

  /** Lower-case, for comparisons of names and media types. */
  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
