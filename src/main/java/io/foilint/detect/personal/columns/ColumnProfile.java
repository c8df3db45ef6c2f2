package io.foilint.detect.personal.columns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one column of a table looks like, accumulated as rows stream past in bounded memory: its
 * header reading, how many values it has, how many are distinct, and a fixed-size sample of
 * values (reservoir sampling with a fixed seed, so the same file gives the same sample).
 *
 * <p>The sample holds raw values for classification only; they never leave the detector
 * unmasked.
 */
public final class ColumnProfile {

  /** Values kept for classification: enough to measure a share of matches, little memory. */
  public static final int SAMPLE_SIZE = 200;

  private final int column;
  private final String header;
  private final Optional<HeaderVocabulary.HeaderMatch> headerMatch;
  private final DistinctCounter distinct = new DistinctCounter();
  private final List<String> sample = new ArrayList<>(SAMPLE_SIZE);
  private long count;
  private long seed = 0x5DEECE66DL;

  public ColumnProfile(int column, String header) {
    this.column = column;
    this.header = header == null ? "" : header;
    this.headerMatch = HeaderVocabulary.match(this.header);
  }

  /** Longest value kept or hashed: classification needs no more, and a hostile cell can be huge. */
  static final int MAX_VALUE_LENGTH = 256;

  /** Takes one non-empty value of the column (values after the header row). */
  public void offer(String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String v = value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) : value;
    v = v.strip();
    count++;
    distinct.add(v);
    if (sample.size() < SAMPLE_SIZE) {
      sample.add(v);
    } else {
      long j = nextLong(count);
      if (j < SAMPLE_SIZE) {
        sample.set((int) j, v);
      }
    }
  }

  /** A uniform draw from [0, bound), from a fixed-seed LCG: deterministic across runs. */
  private long nextLong(long bound) {
    seed = seed * 6364136223846793005L + 1442695040888963407L;
    return Long.remainderUnsigned(seed >>> 1, bound);
  }

  public int column() {
    return column;
  }

  public String header() {
    return header;
  }

  public Optional<HeaderVocabulary.HeaderMatch> headerMatch() {
    return headerMatch;
  }

  public long count() {
    return count;
  }

  public long distinct() {
    return distinct.count();
  }

  /** True when {@link #distinct()} is exact, false when it is a HyperLogLog estimate. */
  public boolean distinctIsExact() {
    return distinct.exact();
  }

  /** Distinct values per value: near 1 for names and numbers of people, near 0 for categories. */
  public double distinctness() {
    return count == 0 ? 0 : Math.min(1.0, (double) distinct() / count);
  }

  public List<String> sample() {
    return List.copyOf(sample);
  }
}
