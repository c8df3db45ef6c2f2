package io.foilint.extract.pdf.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Joins the words of one cell into its text: lines top to bottom, words left to right. */
final class CellText {

  private CellText() {}

  static String join(List<Word> words) {
    if (words.isEmpty()) {
      return "";
    }
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(Word::baseline));
    List<List<Word>> lines = new ArrayList<>();
    for (Word w : sorted) {
      List<Word> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && Math.abs(last.get(0).baseline() - w.baseline()) <= w.em() * 0.3f) {
        last.add(w);
      } else {
        List<Word> line = new ArrayList<>();
        line.add(w);
        lines.add(line);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<Word> line : lines) {
      line.sort(Comparator.comparingDouble(Word::x0));
      for (Word w : line) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(w.text());
      }
    }
    return sb.toString();
  }
}
