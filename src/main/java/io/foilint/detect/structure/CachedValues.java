package io.foilint.detect.structure;

import io.foilint.detect.Evidence;
import io.foilint.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct values of one cache (pivot, chart or external-link), kept as {@link ValueKey}s —
 * at most {@value #MAX_VALUES}, past that the cache is too large to compare — with the first few
 * masked so the values no visible cell holds can be shown. {@link #compareWith} says whether every
 * value is shown on a visible sheet, and where.
 */
final class CachedValues {

  static final int MAX_VALUES = 50_000;
  private static final int MAX_SAMPLES = 40;

  private long[] keys = new long[1 << 6];
  private int size;
  private boolean tooMany;
  private final List<Long> sampleKeys = new ArrayList<>();
  private final List<String> samples = new ArrayList<>();

  void offer(String raw) {
    long key = ValueKey.of(raw);
    if (key == 0 || tooMany || !insert(key)) {
      return;
    }
    if (samples.size() < MAX_SAMPLES) {
      sampleKeys.add(key);
      samples.add(Evidence.mask(raw.strip()));
    }
  }

  /** Adds another cache's values (another sheet cached for the same link). */
  void addAll(CachedValues other) {
    tooMany |= other.tooMany;
    for (int i = 0; i < other.sampleKeys.size() && samples.size() < MAX_SAMPLES; i++) {
      if (!contains(other.sampleKeys.get(i))) {
        sampleKeys.add(other.sampleKeys.get(i));
        samples.add(other.samples.get(i));
      }
    }
    for (long key : other.keys) {
      if (key != 0 && !tooMany) {
        insert(key);
      }
    }
  }

  private boolean contains(long key) {
    int mask = keys.length - 1;
    for (int i = (int) (key ^ (key >>> 32)) & mask; keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return true;
      }
    }
    return false;
  }

  boolean isEmpty() {
    return size == 0 && !tooMany;
  }

  /** How a cache's values compare with what the visible sheets show. */
  enum Outcome {
    /** Every value is in a visible cell. */
    ALL_SHOWN,
    /** At least one value is in no visible cell. */
    NOT_ALL_SHOWN,
    /** The cache or the workbook has too many values to compare, or the cache none. */
    NOT_COMPARED
  }

  /**
   * @param shownOn where the values are shown, e.g. {@code DataSheet!A2:J11} (ALL_SHOWN only)
   * @param notShown how many distinct values no visible cell holds (NOT_ALL_SHOWN only)
   * @param notShownSamples a few of them, masked
   */
  record Comparison(Outcome outcome, long distinct, String shownOn, long notShown, String notShownSamples) {

    /** The comparison in words, to follow a finding's first sentence. */
    String sentence() {
      return switch (outcome) {
        case ALL_SHOWN -> "its values are all shown on " + shownOn;
        case NOT_ALL_SHOWN ->
            Words.number(notShown) + " of its " + Words.count(distinct, "distinct value")
                + (notShown == 1 ? " is" : " are") + " shown on no visible sheet";
        case NOT_COMPARED ->
            "its values were not compared with the visible sheets (too many values to compare)";
      };
    }
  }

  Comparison compareWith(VisibleValues visible) {
    if (size == 0 && !tooMany) {
      return new Comparison(Outcome.NOT_COMPARED, 0, "", 0, "");
    }
    if (tooMany || !visible.complete()) {
      return new Comparison(Outcome.NOT_COMPARED, size, "", 0, "");
    }
    Map<Location, CellBounds> shown = new LinkedHashMap<>();
    long notShown = 0;
    for (long key : keys) {
      if (key == 0) {
        continue;
      }
      VisibleValues.Shown s = visible.find(key);
      if (s == null) {
        notShown++;
      } else {
        shown.computeIfAbsent(s.sheet(), k -> new CellBounds()).add(s.rowIndex(), s.column());
      }
    }
    if (notShown > 0) {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < sampleKeys.size() && missing.size() < 3; i++) {
        if (visible.find(sampleKeys.get(i)) == null) {
          missing.add(samples.get(i));
        }
      }
      return new Comparison(Outcome.NOT_ALL_SHOWN, size, "", notShown, String.join("; ", missing));
    }
    return new Comparison(Outcome.ALL_SHOWN, size, ranges(shown), 0, "");
  }

  private static String ranges(Map<Location, CellBounds> shown) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Location, CellBounds> e : shown.entrySet()) {
      if (parts.size() == 3) {
        break;
      }
      parts.add(e.getKey().withRef(e.getValue().range()).toString());
    }
    return Words.listWithMore(parts, shown.size());
  }

  /** Adds a key; false when it was there already or the cache is now too large. */
  private boolean insert(long key) {
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    for (; keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return false;
      }
    }
    if (size >= MAX_VALUES) {
      tooMany = true;
      return false;
    }
    keys[i] = key;
    size++;
    if (size * 2 > keys.length) {
      long[] old = keys;
      keys = new long[old.length * 2];
      size = 0;
      for (long k : old) {
        if (k != 0) {
          insert(k);
        }
      }
    }
    return true;
  }
}
