package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sheet's column declarations as compact spans (repeats are never expanded): each column's
 * visibility and default cell style.
 */
final class ColumnLayout {

  /** No program writes this many column elements; more is an attack on memory. */
  private static final int MAX_SPANS = 100_000;

  private record Span(long first, long end, Visibility visibility, String defaultCellStyle) {}

  private final List<Span> spans = new ArrayList<>();
  private long next;

  void add(long count, Visibility visibility, String defaultCellStyle) throws ExtractionException {
    long end = next + count < next ? Long.MAX_VALUE : next + count;
    if (!spans.isEmpty()) {
      Span last = spans.get(spans.size() - 1);
      if (last.visibility() == visibility && Objects.equals(last.defaultCellStyle(), defaultCellStyle)) {
        spans.set(spans.size() - 1, new Span(last.first(), end, visibility, defaultCellStyle));
        next = end;
        return;
      }
    }
    if (spans.size() >= MAX_SPANS) {
      throw new ExtractionException(
          Reason.LIMIT_EXCEEDED, "A sheet declares more columns than any spreadsheet program allows.");
    }
    spans.add(new Span(next, end, visibility, defaultCellStyle));
    next = end;
  }

  Visibility visibility(long column) {
    Span s = find(column);
    return s == null ? Visibility.VISIBLE : s.visibility();
  }

  String defaultCellStyle(long column) {
    Span s = find(column);
    return s == null ? null : s.defaultCellStyle();
  }

  private Span find(long column) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = spans.get(mid);
      if (column < s.first()) {
        hi = mid - 1;
      } else if (column >= s.end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }
}
