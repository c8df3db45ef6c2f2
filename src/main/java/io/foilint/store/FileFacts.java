package io.foilint.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * What the store records about a file on disk before it is scanned.
 *
 * @param size in bytes; null when not known (a path noted without being opened)
 * @param sha256 of the content in hex; null when the file cannot be read, so it is never taken as
 *     already scanned
 * @param modifiedAt last-modified time, ISO-8601 UTC to the second: the nearest thing to a
 *     publication date a file carries, used by the take-down list and {@code --since}
 */
public record FileFacts(Long size, String sha256, String modifiedAt) {

  static final FileFacts NONE = new FileFacts(null, null, null);

  /** Reads the file once through SHA-256; never throws: what cannot be read is left null. */
  public static FileFacts of(Path file) {
    Long size = null;
    String modified = null;
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      size = a.size();
      modified = a.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    } catch (IOException e) {
      return NONE;
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return new FileFacts(size, HexFormat.of().formatHex(md.digest()), modified);
    } catch (IOException | NoSuchAlgorithmException e) {
      return new FileFacts(size, null, modified);
    }
  }
}
