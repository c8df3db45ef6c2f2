package io.foilint.extract;

import java.time.Duration;

/**
 * Bounds on what one file may cost. A file over any of them is not inspected further and gets a
 * BLOCK with the limit named (fail closed).
 *
 * @param maxFileBytes largest input file
 * @param maxZipEntries most entries in one zip container (xlsx, ods, docx, bundle)
 * @param maxInflatedBytes most bytes all entries of one container may inflate to
 * @param maxInflationRatio largest inflated/compressed ratio of one entry (zip bomb guard), for
 *     entries that inflate to more than {@link #RATIO_FLOOR_BYTES}
 * @param maxNestingDepth deepest chain of embedded documents
 * @param timePerFile wall-clock budget per top-level file
 */
public record Limits(
    long maxFileBytes,
    int maxZipEntries,
    long maxInflatedBytes,
    double maxInflationRatio,
    int maxNestingDepth,
    Duration timePerFile) {

  /**
   * Entries that inflate to fewer bytes than this are never zip bombs, whatever their ratio: a
   * blank picture or an empty OLE sector run compresses 200:1 and more in real Office files. One
   * floor for every check (the zip guard's whole-entry ratio, POI's and the ODF reader's running
   * ratios), so no reader refuses a part another accepts.
   */
  public static final long RATIO_FLOOR_BYTES = 10L * 1024 * 1024;

  public static final Limits DEFAULT =
      new Limits(
          512L * 1024 * 1024, 20_000, 4L * 1024 * 1024 * 1024, 200.0, 5, Duration.ofMinutes(5));

  public Limits withTimePerFile(Duration d) {
    return new Limits(maxFileBytes, maxZipEntries, maxInflatedBytes, maxInflationRatio, maxNestingDepth, d);
  }

  public Limits withMaxFileBytes(long bytes) {
    return new Limits(bytes, maxZipEntries, maxInflatedBytes, maxInflationRatio, maxNestingDepth, timePerFile);
  }
}
