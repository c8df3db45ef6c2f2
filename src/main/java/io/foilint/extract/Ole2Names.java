package io.foilint.extract;

import io.foilint.model.FileType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Types an OLE2 file whose structure POI cannot read, from the names in its directory entries
 * (UTF-16LE, at the start of a 128-byte entry, NUL-terminated). Only a Workbook or Book stream
 * makes it a workbook; none of the known names makes it {@link FileType#DAMAGED_OLE2}.
 */
final class Ole2Names {

  /** Bytes of a damaged OLE2 file searched for directory entries. */
  private static final int SCAN_BYTES = 32 << 20;
  private static final int ENTRY = 128;

  private Ole2Names() {}

  static FileType sniffDamaged(Path file) {
    byte[] b;
    try (InputStream in = Files.newInputStream(file)) {
      b = in.readNBytes(SCAN_BYTES);
    } catch (IOException e) {
      return FileType.DAMAGED_OLE2;
    }
    if (has(b, "EncryptionInfo") || has(b, "EncryptedPackage")) {
      return FileType.ENCRYPTED_OOXML;
    }
    if (has(b, "Workbook") || has(b, "Book")) {
      return FileType.XLS;
    }
    if (has(b, "WordDocument")) {
      return FileType.DOC;
    }
    if (has(b, "PowerPoint Document")) {
      return FileType.PPT;
    }
    if (has(b, "VisioDocument")) {
      return FileType.VISIO;
    }
    if (has(b, "Quill")) {
      return FileType.PUBLISHER;
    }
    if (has(b, "__properties_version1.0")) {
      return FileType.MSG;
    }
    return FileType.DAMAGED_OLE2;
  }

  /** A directory entry named {@code name}: the name, its NUL terminator and its length field. */
  private static boolean has(byte[] b, String name) {
    byte[] wanted = (name + "\u0000").getBytes(StandardCharsets.UTF_16LE);
    for (int at = 512; at + ENTRY <= b.length; at += ENTRY) {
      if (matches(b, at, wanted) && (b[at + 64] & 0xFF) == wanted.length && b[at + 65] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(byte[] b, int at, byte[] wanted) {
    for (int i = 0; i < wanted.length; i++) {
      if (b[at + i] != wanted[i]) {
        return false;
      }
    }
    return true;
  }
}
