package io.foilint.extract;

import java.time.Duration;

/**
 * Bounds on what one file may cost. A file over any of them is not inspected further and gets a
 * BLOCK with the limit named (fail closed).
 *
 * @param maxFileBytes largest input file
 * @param maxZipEntries most entries in one zip container (xlsx, ods, docx, bundle)
 * @param maxInflatedBytes most bytes all entries of one container may inflate to
 * @param maxInflationRatio largest inflated/compressed ratio of one entry (zip bomb guard)
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
