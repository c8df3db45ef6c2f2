package io.foilint.extract.doc;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.extract.docx.TrackedChangeTally;
import io.foilint.extract.xls.DocumentProperties;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.RevisionMarkAuthorTable;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.IOUtils;

/**
 * Word 97-2003 documents (.doc, .dot), read with POI HWPF and reported in the docx reader's
 * terms so the same detectors judge both: body paragraphs and tables, hidden text, tracked
 * changes with their authors, dark highlighting, headers and footers, notes, comments with
 * authors, text boxes ({@link DocStories}, {@link DocStoryReader}); summary information as
 * document properties (the xls reader's {@link DocumentProperties}); embedded objects and macros
 * ({@link DocContainer}); and text the document no longer shows — fast-save leftovers, slack
 * between structures, an abandoned table stream ({@link DocLeftovers}).
 *
 * <p>Not streamed: HWPF holds the WordDocument and table streams in memory, so a .doc costs
 * about its own size (bounded by the file-size limit). Word 6.0/95 and older files are refused
 * with their version named; encrypted files are {@code encrypted-file}.
 */
public final class DocExtractor implements Extractor {

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    try (POIFSFileSystem fs = open(file)) {
      DirectoryNode root = fs.getRoot();
      WordFib fib = WordFib.read(header(root));
      refuseUnreadable(fib);
      DocumentProperties.read(root, out);
      HWPFDocument doc = hwpf(root);
      context.checkDeadline();
      TrackedChangeTally changes = new TrackedChangeTally("document");
      DocStoryReader reader = new DocStoryReader(context, out, authors(doc), changes);
      new DocStories(doc, fib, reader).read();
      changes.report(out, Location.of(""));
      new DocLeftovers(doc, fib, context, out).read(root);
      new DocContainer(context, out).read(root);
    } catch (RuntimeException e) {
      throw new ExtractionException(Reason.CORRUPT,
          "The Word document's internal structure is damaged and cannot be read.", e);
    }
  }

  private static POIFSFileSystem open(Path file) throws IOException, ExtractionException {
    try {
      return new POIFSFileSystem(file.toFile(), true);
    } catch (FileNotFoundException | FileSystemException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(Reason.CORRUPT,
          "The file is not a readable Word 97-2003 (OLE2) container; it may be damaged.", e);
    }
  }

  /** The start of the WordDocument stream, enough for the whole file information block. */
  private static byte[] header(DirectoryNode root) throws IOException, ExtractionException {
    if (!root.hasEntryCaseInsensitive("WordDocument")
        || !(root.getEntryCaseInsensitive("WordDocument") instanceof DocumentEntry entry)) {
      throw new ExtractionException(Reason.CORRUPT,
          "The file has no WordDocument stream: it is not a Word document or it is damaged.");
    }
    try (InputStream in = new DocumentInputStream(entry)) {
      return IOUtils.toByteArray(in, Math.min(entry.getSize(), 4096));
    }
  }

  private static void refuseUnreadable(WordFib fib) throws ExtractionException {
    if (fib.nFib() < WordFib.WORD_97 - 1) {
      throw new ExtractionException(Reason.UNSUPPORTED,
          "This is a " + fib.oldVersionName() + " document (file format " + fib.nFib()
              + "); foilint reads Word 97-2003 and later only. Open it in Word or LibreOffice"
              + " Writer and save it as .docx to have it checked.");
    }
    if (fib.encrypted()) {
      throw encrypted();
    }
  }

  private static HWPFDocument hwpf(DirectoryNode root) throws IOException, ExtractionException {
    try {
      return new HWPFDocument(root);
    } catch (OldWordFileFormatException e) {
      throw new ExtractionException(Reason.UNSUPPORTED,
          "This is a Word 6.0/95 or older document; foilint reads Word 97-2003 and later only."
              + " Open it in Word or LibreOffice Writer and save it as .docx to have it checked.", e);
    } catch (EncryptedDocumentException e) {
      throw encrypted();
    }
  }

  private static RevisionMarkAuthorTable authors(HWPFDocument doc) {
    try {
      return doc.getRevisionMarkAuthorTable();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static ExtractionException encrypted() {
    return new ExtractionException(Reason.ENCRYPTED,
        "The file is password-protected; foilint cannot see inside it");
  }
}
