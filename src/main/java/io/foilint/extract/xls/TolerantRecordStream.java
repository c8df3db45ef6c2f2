package io.foilint.extract.xls;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.record.RecordFactory;

/**
 * Sits between the raw "Workbook" stream and POI's record parsing and evens out three departures
 * from the BIFF8 layout that other readers accept but POI refuses:
 *
 * <ul>
 *   <li>a fixed-size record carrying more bytes than its type holds (POI: "left N bytes
 *       remaining"): POI gets the fixed part;
 *   <li>a fixed-size record whose length field is impossible (over the 8,224-byte BIFF8 limit)
 *       while a plausible record starts right after its fixed part: POI gets the fixed part and
 *       reading resumes there;
 *   <li>an OBJ record whose first sub-record claims to be the common object data (ftCmo) but has
 *       the wrong size, as older (BIFF5-style) writers leave it: the record is left out, as POI
 *       already leaves out the meaning of every OBJ that does not start with ftCmo.
 * </ul>
 *
 * <p>Only the record types in {@link #FIXED_SIZES} and OBJ are ever changed: calculation settings,
 * interface markers, the data-table marker, cell styles and drawing-object headers, none of which
 * holds cell values, text, names or links. Each change is kept as a {@link Repair} so the caller
 * reports it instead of passing over it in silence. Every other record, and any damage that does
 * not fit these patterns, goes through unchanged so POI still fails closed on it.
 *
 * <p>An encrypted stream (a FILEPASS record) goes through unchanged from FILEPASS on: record
 * bodies after it are ciphertext, and removing bytes would shift the RC4 key stream that POI
 * derives from stream positions.
 */
final class TolerantRecordStream extends InputStream {

  /** BIFF8's largest record body; longer data continues in CONTINUE records. */
  static final int MAX_RECORD_BODY = 8224;

  private static final int SID_BOF = 0x0809;
  private static final int SID_FILEPASS = 0x002F;
  private static final int SID_EOF = 0x000A;
  private static final int SID_OBJ = 0x005D;
  private static final int SID_CONTINUE = 0x003C;
  private static final int FT_CMO = 0x0015;
  private static final int FT_CMO_SIZE = 0x0012;

  /**
   * Record types that may be cut to their fixed body size: sid to (name, body bytes POI reads,
   * a longer size POI also accepts or -1).
   */
  private static final Map<Integer, FixedRecord> FIXED_SIZES = Map.of(
      0x000C, new FixedRecord("CALCCOUNT", 2, -1),
      0x000D, new FixedRecord("CALCMODE", 2, -1),
      0x000E, new FixedRecord("PRECISION", 2, -1),
      0x000F, new FixedRecord("REFMODE", 2, -1),
      0x0010, new FixedRecord("DELTA", 8, -1),
      0x0011, new FixedRecord("ITERATION", 2, -1),
      0x005F, new FixedRecord("SAVERECALC", 2, -1),
      0x00E0, new FixedRecord("XF", 20, -1),
      // BIFF8's INTERFACEEND is empty; POI also takes the 2-byte form some writers use.
      0x00E2, new FixedRecord("INTERFACEEND", 0, 2),
      0x0236, new FixedRecord("TABLE", 16, -1));

  private static final Set<Integer> KNOWN_SIDS = knownSids();

  private record FixedRecord(String name, int size, int alsoAccepted) {}

  /** How a record was changed on its way to POI. */
  enum Change {
    /** Bytes beyond the type's fixed size were not handed on. */
    EXTRA_BYTES_NOT_READ,
    /** The length field was impossible; the fixed size was used and reading resumed after it. */
    IMPOSSIBLE_LENGTH_REPLACED,
    /** An OBJ record not in the BIFF8 layout was left out. */
    RECORD_LEFT_OUT
  }

  /**
   * One kind of change made to records of one type.
   *
   * @param sid the record type
   * @param name its BIFF name
   * @param change what was done
   * @param records how many records were changed this way
   * @param droppedBytes record body bytes not handed on, over all of them
   * @param firstOffset stream offset of the first changed record
   * @param firstSubstream top-level substream of the first one (0 = workbook globals, 1 = first sheet, ...)
   */
  record Repair(int sid, String name, Change change, int records, long droppedBytes, long firstOffset,
      int firstSubstream) {}

  private final PushbackInputStream in;
  private final Map<String, Repair> repairs = new LinkedHashMap<>();
  private byte[] pending = new byte[0];
  private int pendingPos;
  /** Body bytes of the current record still to be handed on straight from the source, uncopied. */
  private int directBody;
  private long offset;
  private int depth;
  private int substream = -1;
  private boolean passThrough;

  TolerantRecordStream(InputStream workbook) {
    this.in = new PushbackInputStream(workbook, 4);
  }

  /** The changes made so far, one entry per record type and change, in the order first met. */
  List<Repair> repairs() {
    return Collections.unmodifiableList(new ArrayList<>(repairs.values()));
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (true) {
      if (pendingPos < pending.length) {
        int n = Math.min(len, pending.length - pendingPos);
        System.arraycopy(pending, pendingPos, b, off, n);
        pendingPos += n;
        return n;
      }
      if (directBody > 0) {
        int n = in.read(b, off, Math.min(len, directBody));
        if (n > 0) {
          directBody -= n;
          return n;
        }
        // The source ended inside the body: POI reports the record as cut short.
        directBody = 0;
      }
      byte[] next = nextRecord();
      if (next == null) {
        return -1;
      }
      pending = next;
      pendingPos = 0;
    }
  }

  @Override
  public int available() throws IOException {
    return (pending.length - pendingPos) + in.available();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * The next record as handed to POI: header and body, or only the header when the body goes
   * through uncopied ({@link #directBody}); the stream's trailing bytes; an empty array for a
   * record left out; null at the end.
   */
  private byte[] nextRecord() throws IOException {
    byte[] header = in.readNBytes(4);
    if (header.length < 4) {
      // A stray tail too short for a header: POI decides what it means.
      offset += header.length;
      return header.length == 0 ? null : header;
    }
    int sid = u16(header, 0);
    int length = u16(header, 2);
    long at = offset;
    offset += 4;
    track(sid);
    FixedRecord fixed = passThrough ? null : FIXED_SIZES.get(sid);
    if (fixed != null && length > fixed.size && length != fixed.alsoAccepted && length <= MAX_RECORD_BODY) {
      byte[] body = in.readNBytes(length);
      offset += body.length;
      if (body.length == length) {
        note(sid, fixed.name, Change.EXTRA_BYTES_NOT_READ, length - fixed.size, at);
        return record(sid, Arrays.copyOf(body, fixed.size));
      }
      return concat(header, body);
    }
    if (fixed != null && length > MAX_RECORD_BODY) {
      byte[] body = in.readNBytes(fixed.size);
      offset += body.length;
      if (body.length == fixed.size && nextHeaderIsPlausible()) {
        note(sid, fixed.name, Change.IMPOSSIBLE_LENGTH_REPLACED, 0, at);
        return record(sid, body);
      }
      return concat(header, body);
    }
    if (passThrough || sid != SID_OBJ) {
      offset += length;
      directBody = length;
      return header;
    }
    byte[] body = in.readNBytes(length);
    offset += body.length;
    if (body.length == length && hasMisSizedCommonData(body) && !nextIsContinue()) {
      note(sid, "OBJ", Change.RECORD_LEFT_OUT, length, at);
      return new byte[0];
    }
    return concat(header, body);
  }

  /** Whether an OBJ body starts with ftCmo of a size other than the 18 bytes BIFF8 requires. */
  private static boolean hasMisSizedCommonData(byte[] body) {
    return body.length >= 4 && u16(body, 0) == FT_CMO && u16(body, 2) != FT_CMO_SIZE;
  }

  /** A CONTINUE belongs to the record before it: an OBJ followed by one is never left out. */
  private boolean nextIsContinue() throws IOException {
    byte[] next = in.readNBytes(2);
    in.unread(next);
    return next.length == 2 && u16(next, 0) == SID_CONTINUE;
  }

  private void track(int sid) {
    if (sid == SID_FILEPASS) {
      passThrough = true;
    } else if (sid == SID_BOF) {
      if (depth == 0) {
        substream++;
      }
      depth++;
    } else if (sid == SID_EOF && depth > 0) {
      depth--;
    }
  }

  /** Whether the bytes ahead end the stream or start a record POI knows with a possible length. */
  private boolean nextHeaderIsPlausible() throws IOException {
    byte[] next = in.readNBytes(4);
    in.unread(next);
    if (next.length == 0) {
      return true;
    }
    return next.length == 4 && KNOWN_SIDS.contains(u16(next, 0)) && u16(next, 2) <= MAX_RECORD_BODY;
  }

  private void note(int sid, String name, Change change, long dropped, long at) {
    repairs.merge(sid + "/" + change, new Repair(sid, name, change, 1, dropped, at, Math.max(substream, 0)),
        (a, b) -> new Repair(sid, name, change, a.records() + 1, a.droppedBytes() + b.droppedBytes(), a.firstOffset(),
            a.firstSubstream()));
  }

  private static byte[] record(int sid, byte[] body) {
    byte[] r = new byte[4 + body.length];
    r[0] = (byte) sid;
    r[1] = (byte) (sid >> 8);
    r[2] = (byte) body.length;
    r[3] = (byte) (body.length >> 8);
    System.arraycopy(body, 0, r, 4, body.length);
    return r;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static Set<Integer> knownSids() {
    Set<Integer> sids = new HashSet<>();
    for (short s : RecordFactory.getAllKnownRecordSIDs()) {
      sids.add(s & 0xFFFF);
    }
    return Set.copyOf(sids);
  }
}
