package io.foilint.extract.xlsx;

import io.foilint.extract.Limits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes the grid reader inflates from one package against
 * {@link Limits#maxInflatedBytes()}: POI guards each entry (size and ratio), this guards the sum.
 */
final class InflatedBudget {

  /** The package inflates to more than the limit allows. */
  static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;

    Exceeded(long limit) {
      super("The workbook expands to more than " + limit + " bytes, over the limit");
    }
  }

  private final long limit;
  private long used;

  InflatedBudget(long limit) {
    this.limit = limit;
  }

  InputStream wrap(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          count(n);
        }
        return n;
      }
    };
  }

  private void count(long n) throws Exceeded {
    used += n;
    if (used > limit) {
      throw new Exceeded(limit);
    }
  }
}
