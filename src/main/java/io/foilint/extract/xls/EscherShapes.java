package io.foilint.extract.xls;

/**
 * Reads the "hidden" flag of drawing shapes from the Escher (Office Drawing) bytes of MSODRAWING
 * records. Only the shape-property (OPT) records are interpreted; everything else is skipped.
 */
final class EscherShapes {

  private static final int OPT = 0xF00B;
  private static final int GROUP_SHAPE_BOOLEANS = 0x03BF;
  private static final int HIDDEN = 1 << 1;
  private static final int USE_HIDDEN = 1 << 17;

  private EscherShapes() {}

  /**
   * The hidden flag of the last shape-property record in {@code data}; null when the bytes hold
   * no property record at all. Containers may run past the end of one MSODRAWING record: their
   * children are read as far as the bytes go.
   */
  static Boolean lastShapeHidden(byte[] data) {
    Boolean[] result = {null};
    walk(data, 0, data.length, result, 0);
    return result[0];
  }

  private static void walk(byte[] d, int pos, int end, Boolean[] result, int depth) {
    while (pos + 8 <= end && depth < 16) {
      int verInst = u16(d, pos);
      int type = u16(d, pos + 2);
      long len = u32(d, pos + 4);
      int bodyStart = pos + 8;
      long bodyEnd = bodyStart + len;
      if ((verInst & 0xF) == 0xF) {
        walk(d, bodyStart, (int) Math.min(bodyEnd, end), result, depth + 1);
      } else if (type == OPT) {
        int count = verInst >>> 4;
        for (int i = 0; i < count && bodyStart + i * 6 + 6 <= end; i++) {
          int p = bodyStart + i * 6;
          int id = u16(d, p) & 0x3FFF;
          if (id == GROUP_SHAPE_BOOLEANS) {
            long value = u32(d, p + 2);
            result[0] = (value & USE_HIDDEN) != 0 && (value & HIDDEN) != 0;
          }
        }
        if (result[0] == null) {
          result[0] = Boolean.FALSE;
        }
      }
      if (bodyEnd > end) {
        return;
      }
      pos = (int) bodyEnd;
    }
  }

  private static int u16(byte[] d, int p) {
    return (d[p] & 0xFF) | (d[p + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] d, int p) {
    return (d[p] & 0xFFL) | (d[p + 1] & 0xFFL) << 8 | (d[p + 2] & 0xFFL) << 16 | (d[p + 3] & 0xFFL) << 24;
  }
}
