package io.foilint.extract.xlsb;

import io.foilint.extract.sheet.LineState;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.List;

/**
 * Hidden and zero-width column ranges of one sheet, from its BrtColInfo records. Kept as ranges
 * (a sheet has at most a few hundred), never expanded to one entry per column.
 */
final class ColumnVisibility {

  private record Span(int first, int last, Visibility visibility) {}

  private final List<Span> spans = new ArrayList<>();

  /** Reads one BrtColInfo; only ranges a reader cannot see are kept. */
  void add(XlsbRecord r) throws io.foilint.extract.ExtractionException {
    int first = r.i32();
    int last = r.i32();
    long width = r.u32();
    r.i32(); // ixfe: the column's default style
    int flags = r.u16();
    boolean hidden = (flags & 0x1) != 0;
    int outlineLevel = flags >> 8 & 0x7;
    Visibility v = LineState.column(hidden, width == 0, outlineLevel);
    if (v == Visibility.VISIBLE) {
      return;
    }
    spans.add(new Span(first, last, v));
  }

  Visibility of(int column) {
    for (Span s : spans) {
      if (column >= s.first() && column <= s.last()) {
        return s.visibility();
      }
    }
    return Visibility.VISIBLE;
  }
}
