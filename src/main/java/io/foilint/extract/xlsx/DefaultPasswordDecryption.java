package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A password-protected Office file: an OLE2 (CFB) container with {@code EncryptionInfo} and
 * {@code EncryptedPackage}. Excel saves with the built-in password "VelvetSweatshop" when a
 * workbook is only write-protected, so such files open without a prompt; those are decrypted to
 * a temporary file (deleted on {@link #close()}) and scanned. Any other password fails closed.
 */
final class DefaultPasswordDecryption implements Closeable {

  private static final byte[] OLE2_MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private final Path decrypted;
  private final String scheme;

  private DefaultPasswordDecryption(Path decrypted, String scheme) {
    this.decrypted = decrypted;
    this.scheme = scheme;
  }

  /** The decrypted xlsx. */
  Path path() {
    return decrypted;
  }

  /** The encryption scheme, e.g. "agile" or "standard". */
  String scheme() {
    return scheme;
  }

  static boolean isOle2(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(OLE2_MAGIC.length);
      return Arrays.equals(head, OLE2_MAGIC);
    }
  }

  /**
   * Opens an OLE2 file that should hold an encrypted OOXML package.
   *
   * @throws ExtractionException ENCRYPTED when the password is not the default one, UNSUPPORTED
   *     when the container holds no encrypted package, CORRUPT when it cannot be read
   */
  static DefaultPasswordDecryption open(Path file, Limits limits) throws IOException, ExtractionException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (!fs.getRoot().hasEntry("EncryptionInfo")) {
        throw new ExtractionException(
            Reason.UNSUPPORTED,
            "The file is an Office 97-2003 (OLE2) container, not an xlsx workbook, and holds no"
                + " encrypted workbook");
      }
      EncryptionInfo info;
      Decryptor decryptor;
      try {
        info = new EncryptionInfo(fs);
        decryptor = Decryptor.getInstance(info);
      } catch (IOException | RuntimeException e) {
        throw new ExtractionException(
            Reason.ENCRYPTED,
            "The file is password-protected with an encryption header foilint cannot read; foilint"
                + " cannot see inside it",
            e);
      }
      boolean opened;
      try {
        opened = decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD);
      } catch (GeneralSecurityException | RuntimeException e) {
        opened = false;
      }
      if (!opened) {
        throw new ExtractionException(
            Reason.ENCRYPTED, "The file is password-protected; foilint cannot see inside it");
      }
      String scheme = info.getEncryptionMode().name().toLowerCase(Locale.ROOT);
      return new DefaultPasswordDecryption(decryptToTemp(fs, decryptor, limits), scheme);
    } catch (ExtractionException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(
          Reason.CORRUPT,
          "The file looks like a password-protected Office file but its container is damaged",
          e);
    }
  }

  private static Path decryptToTemp(POIFSFileSystem fs, Decryptor decryptor, Limits limits)
      throws IOException, ExtractionException {
    Path temp = io.foilint.extract.TempFiles.createTempFile("decrypted-", ".xlsx");
    boolean done = false;
    try (InputStream in = decryptor.getDataStream(fs);
        OutputStream os = Files.newOutputStream(temp)) {
      byte[] buf = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > limits.maxFileBytes()) {
          throw new ExtractionException(
              Reason.LIMIT_EXCEEDED,
              "The encrypted workbook inside the file is larger than the " + limits.maxFileBytes()
                  + "-byte limit");
        }
        os.write(buf, 0, n);
      }
      done = true;
      return temp;
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      throw new ExtractionException(
          Reason.CORRUPT, "The file opens with Excel's default password but cannot be decrypted", e);
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(decrypted);
  }
}
