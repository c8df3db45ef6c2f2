package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.extract.Limits;
import io.foilint.model.ContentHandler;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Excel binary workbooks (.xlsb). Streams every worksheet's cells with their visibility (hidden
 * and very hidden sheets, hidden and zero-height rows, collapsed outlines, hidden and zero-width
 * columns, {@code ;;;} formats, text coloured like its fill) and reports what else the package
 * holds: comments, defined names, document properties, pivot caches, external links, charts,
 * shape text, macros, embeddings. POI cannot write xlsb and reads only part of it, so the binary
 * records are read here ([MS-XLSB]); POI provides the package (OPC) layer.
 */
public final class XlsbExtractor implements Extractor {

  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    Limits limits = context.limits();
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw new ExtractionException(
          Reason.LIMIT_EXCEEDED,
          "The file is " + size + " bytes, more than the " + limits.maxFileBytes() + " bytes foilint inspects.");
    }
    if (startsWithOle2(file)) {
      // an xlsb saved with a password is an OLE2 container holding the encrypted package
      throw new ExtractionException(
          Reason.ENCRYPTED, "The workbook is password-protected, so its contents cannot be inspected.");
    }
    ZipLimits.check(file, limits);
    ZipLimits.applyToPoi(limits);
    try (OPCPackage pkg = open(file)) {
      new XlsbPackageReader(pkg, context, out).read();
    } catch (ExtractionException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
  }

  private static OPCPackage open(Path file) throws ExtractionException {
    try {
      return OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (OLE2NotOfficeXmlFileException e) {
      throw new ExtractionException(
          Reason.ENCRYPTED, "The workbook is password-protected, so its contents cannot be inspected.", e);
    } catch (NotOfficeXmlFileException e) {
      throw new ExtractionException(
          Reason.CORRUPT, "The file is not a valid Excel binary workbook: its zip package cannot be read.", e);
    } catch (InvalidFormatException | RuntimeException e) {
      throw translate(e);
    }
  }

  /** Turns what POI or the zip layer threw into a reason and words an officer can act on. */
  static ExtractionException translate(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String lower = message.toLowerCase(Locale.ROOT);
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      if (cause.getMessage() != null) {
        lower = lower + " " + cause.getMessage().toLowerCase(Locale.ROOT);
      }
    }
    if (lower.contains("zip bomb") || lower.contains("too many files") || lower.contains("max file count")
        || lower.contains("exceeds the max") || lower.contains("max entry size")) {
      return new ExtractionException(
          Reason.LIMIT_EXCEEDED,
          "The workbook unpacks to more data or more parts than foilint inspects (a possible zip bomb).", e);
    }
    if (lower.contains("doctype") || lower.contains("entity")) {
      return new ExtractionException(
          Reason.XML_ENTITY, "The workbook's package contains XML with entity declarations, which foilint does not read.", e);
    }
    if (e instanceof EOFException || cause instanceof EOFException || lower.contains("truncated")
        || lower.contains("unexpected end")) {
      return new ExtractionException(
          Reason.TRUNCATED, "The workbook is cut short: part of the file is missing.", e);
    }
    return new ExtractionException(
        Reason.CORRUPT, "The workbook is damaged and cannot be read completely.", e);
  }

  private static boolean startsWithOle2(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(OLE2_MAGIC.length);
      return java.util.Arrays.equals(head, OLE2_MAGIC);
    }
  }
}
