package io.foilint.extract.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the field delimiter and decides whether text is delimited at all. For each candidate it
 * splits the first {@value #SAMPLE_RECORDS} records of the sample (quotes respected, so quoted
 * delimiters and newlines do not count) and keeps the candidate whose most common field count is
 * above one and shared by the most records.
 *
 * <p>Text is delimited (CSV) only when a candidate splits most records into the same number of
 * fields, at least two of them not empty, and the records are not sentences: a letter whose lines
 * end in commas ("Dear Ms Quenby,") or whose sentences hold one comma each is prose, not a table.
 * Lines starting with {@code #} are comments some exporters write and do not count either way.
 */
final class DelimiterSniffer {

  static final char[] CANDIDATES = {',', ';', '\t', '|'};
  static final int SAMPLE_RECORDS = 200;

  /** Share of records that must agree on one field count for text to be a table. */
  static final double CONSISTENT = 0.6;
  /** With mixed delimiters: share of records that agree with some delimiter's usual count. */
  static final double COVERED = 0.8;

  private DelimiterSniffer() {}

  /** How well one delimiter splits the sample. */
  record Score(char delimiter, int fieldCount, double consistency) {
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
    Score best = best(records(sample, wholeFile));
    return best == null ? ',' : best.delimiter();
  }

  /** The usual field count with the sniffed delimiter (1 when nothing splits the text). */
  static int width(String sample, boolean wholeFile) {
    Score best = best(records(sample, wholeFile));
    return best == null ? 1 : best.fieldCount();
  }

  private static Score best(List<String> records) {
    Score best = null;
    for (char candidate : CANDIDATES) {
      Score s = score(records, candidate);
      if (s.fieldCount() > 1 && s.betterThan(best)) {
        best = s;
      }
    }
    return best;
  }

  /** True when the text is a table of delimited records rather than prose or markup. */
  static boolean looksDelimited(String sample, boolean wholeFile) {
    String start = sample.stripLeading();
    if (start.startsWith("<") || start.startsWith("{")
        || start.startsWith("[") && start.substring(1).stripLeading().matches("(?s)^[\\[{\"].*")) {
      return false; // markup or JSON
    }
    List<String> records = new ArrayList<>();
    for (String r : records(sample, wholeFile)) {
      if (!r.stripLeading().startsWith("#")) {
        records.add(r);
      }
    }
    Score best = best(records);
    if (best == null) {
      return false;
    }
    double n = records.size();
    int supporting = 0;
    for (String r : records) {
      supporting += supports(r, best.delimiter(), best.fieldCount()) ? 1 : 0;
    }
    if (best.fieldCount() >= 3 && supporting >= 2 && supporting / n >= 0.9) {
      return true; // a table, even when one of its columns holds sentences
    }
    int prose = 0;
    for (String r : records) {
      int words = r.trim().split("\\s+").length;
      int fields = fields(r, best.delimiter()).size();
      if (words >= 8 && words >= 4 * fields) {
        prose++;
      }
    }
    if (prose * 2 > records.size()) {
      return false;
    }
    int covered = 0;
    Map<Character, Integer> modes = new HashMap<>();
    for (char c : CANDIDATES) {
      modes.put(c, score(records, c).fieldCount());
    }
    for (String r : records) {
      if (supports(r, best.delimiter(), best.fieldCount())) {
        covered++;
        continue;
      }
      for (char c : CANDIDATES) {
        if (modes.get(c) > 1 && supports(r, c, modes.get(c))) {
          covered++;
          break;
        }
      }
    }
    return supporting >= Math.min(2, records.size())
        && (supporting / n >= CONSISTENT || covered / n >= COVERED && supporting / n >= 0.3);
  }

  /** The record has the usual field count, and more than its first field holds something. */
  private static boolean supports(String record, char delimiter, int mode) {
    List<String> fields = fields(record, delimiter);
    if (fields.size() != mode) {
      return false;
    }
    int filled = 0;
    for (String f : fields) {
      filled += f.isBlank() ? 0 : 1;
    }
    return filled >= 2;
  }

  private static Score score(List<String> records, char delimiter) {
    Map<Integer, Integer> frequency = new HashMap<>();
    for (String r : records) {
      frequency.merge(fields(r, delimiter).size(), 1, Integer::sum);
    }
    int mode = 1;
    int modeFrequency = 0;
    for (Map.Entry<Integer, Integer> e : frequency.entrySet()) {
      if (e.getValue() > modeFrequency || e.getValue() == modeFrequency && e.getKey() > mode) {
        mode = e.getKey();
        modeFrequency = e.getValue();
      }
    }
    double consistency = records.isEmpty() ? 0 : (double) modeFrequency / records.size();
    return new Score(delimiter, mode, consistency);
  }

  /** The sample's non-empty records, quoted line breaks kept inside their record. */
  static List<String> records(String sample, boolean wholeFile) {
    List<String> out = new ArrayList<>();
    boolean inQuotes = false;
    int begin = 0;
    for (int i = 0; i < sample.length() && out.size() < SAMPLE_RECORDS; i++) {
      char c = sample.charAt(i);
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && (c == '\n' || c == '\r')) {
        if (i > begin) {
          out.add(sample.substring(begin, i));
        }
        if (c == '\r' && i + 1 < sample.length() && sample.charAt(i + 1) == '\n') {
          i++;
        }
        begin = i + 1;
      }
    }
    if (wholeFile && begin < sample.length() && !inQuotes && out.size() < SAMPLE_RECORDS) {
      out.add(sample.substring(begin));
    }
    return out;
  }

  /** A record's fields split on {@code delimiter}, quotes respected (quote characters kept). */
  static List<String> fields(String record, char delimiter) {
    List<String> out = new ArrayList<>();
    boolean inQuotes = false;
    int begin = 0;
    for (int i = 0; i < record.length(); i++) {
      char c = record.charAt(i);
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && c == delimiter) {
        out.add(record.substring(begin, i));
        begin = i + 1;
      }
    }
    out.add(record.substring(begin));
    return out;
  }
}
