package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.Limits;
import io.foilint.extract.ExtractionException.Reason;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes inflated from one zip entry and stops as soon as the container's inflated
 * total or this entry's inflation ratio passes its limit. Declared sizes in a zip can lie, so
 * the count is what is trusted.
 */
final class LimitedInputStream extends FilterInputStream {

  /** An IOException carrying the limit that was hit, so it survives XML parser wrapping. */
  static final class LimitBreach extends IOException {
    private static final long serialVersionUID = 1L;

    LimitBreach(String message) {
      super(message);
    }

    ExtractionException toExtractionException() {
      return new ExtractionException(Reason.LIMIT_EXCEEDED, getMessage(), this);
    }
  }

  /** The running total shared by all entries of one container. */
  static final class Budget {
    private final long maxInflatedBytes;
    private long inflated;

    Budget(long maxInflatedBytes) {
      this.maxInflatedBytes = maxInflatedBytes;
    }

    void add(long n) throws LimitBreach {
      inflated += n;
      if (inflated > maxInflatedBytes) {
        throw new LimitBreach(
            "The spreadsheet's parts inflate to more than " + maxInflatedBytes
                + " bytes, over the size limit (possible zip bomb).");
      }
    }
  }

  private final String entryName;
  private final long compressedSize;
  private final double maxRatio;
  private final Budget budget;
  private long count;

  LimitedInputStream(InputStream in, String entryName, long compressedSize, double maxRatio, Budget budget) {
    super(in);
    this.entryName = entryName;
    this.compressedSize = Math.max(1, compressedSize);
    this.maxRatio = maxRatio;
    this.budget = budget;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      counted(skipped);
    }
    return skipped;
  }

  private void counted(long n) throws LimitBreach {
    count += n;
    budget.add(n);
    if (count > Limits.RATIO_FLOOR_BYTES && (double) count / compressedSize > maxRatio) {
      throw new LimitBreach(
          "The part " + entryName + " inflates more than " + (long) maxRatio
              + " times its stored size, over the limit (possible zip bomb).");
    }
  }
}
