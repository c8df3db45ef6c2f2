package io.foilint.extract.xls;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.model.ContentHandler;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Excel 97-2003 workbooks (.xls, BIFF8 in an OLE2 container), read as a record stream with POI's
 * HSSF event layer, never as a whole-workbook object model. Reports every cell with its
 * visibility, plus names, comments, external-link caches, pivot caches, properties, macros and
 * embedded objects. See the package classes for each part.
 */
public final class XlsExtractor implements Extractor {

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    try (POIFSFileSystem fs = openContainer(file)) {
      DirectoryNode root = fs.getRoot();
      DocumentEntry workbook = workbookStream(root);
      DocumentProperties.read(root, out);
      try (InputStream in = new DocumentInputStream(workbook)) {
        new WorkbookStreamReader(context, out).read(in);
      } catch (ExtractionException e) {
        // A FILEPASS stream that falls apart after decryption with the default password was
        // encrypted with another one: the garbage is the encryption, not damage.
        if ((e.reason() == Reason.CORRUPT || e.reason() == Reason.TRUNCATED)
            && hasFilePass(workbook)) {
          throw WorkbookStreamReader.encrypted();
        }
        throw e;
      }
      new OleParts(context, out).read(root);
    } catch (EncryptedDocumentException e) {
      throw WorkbookStreamReader.encrypted();
    } catch (RuntimeException e) {
      throw new ExtractionException(Reason.CORRUPT, "The file's internal structure is damaged and cannot be read.", e);
    }
  }

  private static POIFSFileSystem openContainer(Path file) throws IOException, ExtractionException {
    try {
      return new POIFSFileSystem(file.toFile(), true);
    } catch (FileNotFoundException | FileSystemException e) {
      throw e;
    } catch (OldExcelFormatException e) {
      throw new ExtractionException(
          Reason.UNSUPPORTED, "This is an Excel 2.x-4.0 file; foilint reads Excel 97-2003 (BIFF8) and later only.", e);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(
          Reason.CORRUPT, "The file is not a readable Excel 97-2003 (OLE2) container; it may be damaged.", e);
    }
  }

  /** Refuses BIFF5 and older streams (an encrypted one as ENCRYPTED) before record parsing starts. */
  private static DocumentEntry checkVersion(DocumentEntry stream) throws ExtractionException {
    int sid;
    int version;
    try (DocumentInputStream in = new DocumentInputStream(stream)) {
      sid = in.readUShort();
      in.readUShort();
      version = in.readUShort();
    } catch (IOException | RuntimeException e) {
      // Too short to say: the record reader reports it as damaged.
      return stream;
    }
    if ((sid & 0xFF) == 0x09 && version != 0x0600) {
      if (startsWithFilePass(stream)) {
        throw WorkbookStreamReader.encrypted();
      }
      throw new ExtractionException(
          Reason.UNSUPPORTED,
          "This is an Excel 5.0/95 or older workbook; foilint reads Excel 97-2003 (BIFF8) and later only.");
    }
    return stream;
  }

  /** Whether an (old-format) workbook stream's second record is FILEPASS: the file is encrypted. */
  private static boolean startsWithFilePass(DocumentEntry stream) {
    try (DocumentInputStream in = new DocumentInputStream(stream)) {
      in.readUShort();
      int bofLength = in.readUShort();
      in.skipNBytes(bofLength);
      return in.readUShort() == 0x002F;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether a FILEPASS record appears among the workbook globals (before the first sheet). */
  private static boolean hasFilePass(DocumentEntry stream) {
    try (DocumentInputStream in = new DocumentInputStream(stream)) {
      int bofs = 0;
      for (int i = 0; i < 256 && in.available() >= 4; i++) {
        int sid = in.readUShort();
        int length = in.readUShort();
        if (sid == 0x002F) {
          return true;
        }
        if (sid == 0x0809 && ++bofs > 1) {
          return false;
        }
        in.skipNBytes(Math.min(length, in.available()));
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static DocumentEntry workbookStream(DirectoryNode root) throws ExtractionException {
    DocumentEntry book = null;
    for (Entry e : root) {
      if (e instanceof DocumentEntry doc) {
        if (e.getName().equalsIgnoreCase("Workbook")) {
          return checkVersion(doc);
        }
        if (e.getName().equalsIgnoreCase("Book")) {
          book = doc;
        }
      }
    }
    if (book != null) {
      // Usually Excel 5/95, but some writers put BIFF8 under this name.
      return checkVersion(book);
    }
    throw new ExtractionException(Reason.CORRUPT, "The file has no workbook stream: it is not an Excel workbook or it is damaged.");
  }
}
