package io.foilint.extract.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the field delimiter: for each candidate, splits the first {@value #SAMPLE_RECORDS}
 * records of the sample (quotes respected, so quoted delimiters and newlines do not count) and
 * keeps the candidate whose most common field count is above one and shared by the most records.
 */
final class DelimiterSniffer {

  static final char[] CANDIDATES = {',', ';', '\t', '|'};
  static final int SAMPLE_RECORDS = 50;

  private DelimiterSniffer() {}

  /** How well one delimiter splits the sample. */
  private record Score(char delimiter, int fieldCount, double consistency) {
    boolean betterThan(Score other) {
      if (other == null) {
        return true;
      }
      if (consistency != other.consistency) {
        return consistency > other.consistency;
      }
      return fieldCount > other.fieldCount;
    }
  }

  /**
   * @param sample the decoded start of the file
   * @param wholeFile true when the sample is the whole file (its last record is complete)
   */
  static char sniff(String sample, boolean wholeFile) {
    Score best = null;
    for (char candidate : CANDIDATES) {
      Score s = score(sample, wholeFile, candidate);
      if (s.fieldCount() > 1 && s.betterThan(best)) {
        best = s;
      }
    }
    return best == null ? ',' : best.delimiter();
  }

  private static Score score(String sample, boolean wholeFile, char delimiter) {
    List<Integer> counts = fieldCounts(sample, wholeFile, delimiter);
    Map<Integer, Integer> frequency = new HashMap<>();
    counts.forEach(c -> frequency.merge(c, 1, Integer::sum));
    int mode = 1;
    int modeFrequency = 0;
    for (Map.Entry<Integer, Integer> e : frequency.entrySet()) {
      if (e.getValue() > modeFrequency || e.getValue() == modeFrequency && e.getKey() > mode) {
        mode = e.getKey();
        modeFrequency = e.getValue();
      }
    }
    double consistency = counts.isEmpty() ? 0 : (double) modeFrequency / counts.size();
    return new Score(delimiter, mode, consistency);
  }

  /** Field counts of the sample's non-empty records. */
  private static List<Integer> fieldCounts(String sample, boolean wholeFile, char delimiter) {
    List<Integer> counts = new ArrayList<>();
    boolean inQuotes = false;
    int fields = 1;
    int recordLength = 0;
    for (int i = 0; i < sample.length() && counts.size() < SAMPLE_RECORDS; i++) {
      char c = sample.charAt(i);
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && c == delimiter) {
        fields++;
      } else if (!inQuotes && (c == '\n' || c == '\r')) {
        if (c == '\r' && i + 1 < sample.length() && sample.charAt(i + 1) == '\n') {
          i++;
        }
        if (recordLength > 0) {
          counts.add(fields);
        }
        fields = 1;
        recordLength = 0;
        continue;
      }
      recordLength++;
    }
    if (wholeFile && recordLength > 0 && !inQuotes && counts.size() < SAMPLE_RECORDS) {
      counts.add(fields);
    }
    return counts;
  }
}
