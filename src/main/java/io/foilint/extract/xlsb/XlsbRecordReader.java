package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the record stream of one binary part ([MS-XLSB] 2.1.4): each record is a variable-length
 * type (1-2 bytes), a variable-length size (1-4 bytes) and a payload.
 *
 * <p>Written here rather than taken from POI's {@code XSSFBParser} because that parser keeps its
 * size limit in a static field shared by the whole JVM and reports damage as unchecked
 * exceptions; foilint needs a truncated or malformed part to become a plain-words
 * {@link ExtractionException} naming the part.
 */
final class XlsbRecordReader {

  /** Largest payload accepted for one record; real Excel records are far smaller. */
  static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

  private final InputStream in;
  private final String partName;
  private int type = -1;
  private XlsbRecord record;

  XlsbRecordReader(InputStream in, String partName) {
    this.in = in;
    this.partName = partName;
  }

  /** Advances to the next record; false at a clean end of the part. */
  boolean next() throws IOException, ExtractionException {
    int first = in.read();
    if (first < 0) {
      type = -1;
      record = null;
      return false;
    }
    int id = first & 0x7F;
    if ((first & 0x80) != 0) {
      int second = readByteOrTruncated();
      id |= (second & 0x7F) << 7;
    }
    long size = 0;
    for (int i = 0; i < 4; i++) {
      int b = readByteOrTruncated();
      size |= (long) (b & 0x7F) << (7 * i);
      if ((b & 0x80) == 0) {
        break;
      }
    }
    if (size > MAX_RECORD_BYTES) {
      throw new ExtractionException(
          Reason.LIMIT_EXCEEDED,
          "A record in " + partName + " claims to be " + size
              + " bytes long, more than foilint accepts for a single record.");
    }
    // readNBytes grows its buffer as data arrives, so a lying size cannot force a huge allocation.
    byte[] payload = in.readNBytes((int) size);
    if (payload.length < size) {
      throw truncated();
    }
    type = id;
    record = new XlsbRecord(id, payload, partName);
    return true;
  }

  int type() {
    return type;
  }

  XlsbRecord record() {
    return record;
  }

  private int readByteOrTruncated() throws IOException, ExtractionException {
    int b = in.read();
    if (b < 0) {
      throw truncated();
    }
    return b;
  }

  private ExtractionException truncated() {
    return new ExtractionException(
        Reason.TRUNCATED, "The part " + partName + " ends in the middle of a record: the file is cut short.");
  }
}
