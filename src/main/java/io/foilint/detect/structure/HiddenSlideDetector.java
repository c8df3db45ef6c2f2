package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slides hidden from the slideshow (Hide Slide): skipped when the deck is presented, but in the
 * file, in the editor's slide list, in print-outs on request and in every converter. Graded like
 * a hidden sheet: BLOCK when a hidden slide holds a table of data (five or more rows with two or
 * more values), else REVIEW when it holds any text. Names and identifiers on a hidden slide are
 * also BLOCK under the personal-data rules, which read the same events. One finding per file
 * (embedded files count separately).
 */
@Rule(
    id = "hidden-slide",
    severity = Severity.BLOCK,
    summary = "A hidden slide holds content that is skipped in the slideshow but kept in the file",
    fix = "PowerPoint: in the slide thumbnails, hidden slides show a crossed-out number;"
        + " check each one and delete it (right-click > Delete Slide) unless it is meant for"
        + " release — hiding is not removing. LibreOffice Impress: View > Slide Sorter, hidden"
        + " slides are greyed out; right-click > Delete Slide")
public final class HiddenSlideDetector extends Detector {

  private static final int PLACES = 5;

  /** What the hidden slides of one file (or one embedded file) hold. */
  private static final class Tally {
    Location first;
    long blocks;
    long letters;
    Location biggestTable;
    long biggestTableRecords;
    long biggestTableDataRows;
    final List<String> slides = new ArrayList<>();
    long slideCount;
    final MaskedSamples samples = new MaskedSamples(3);
  }

  private final Map<String, Tally> files = new LinkedHashMap<>();
  private TableStart open;
  private SheetStats openStats;

  @Override
  public void text(TextBlock text) {
    if (text.visibility() != Visibility.HIDDEN_SLIDE || text.kind() == TextKind.DOCUMENT_PROPERTY) {
      return;
    }
    long letters = text.text().codePoints().filter(Character::isLetterOrDigit).count();
    if (letters == 0) {
      return;
    }
    Tally t = tally(text.location());
    t.blocks++;
    t.letters += letters;
    t.samples.offer(text.text());
  }

  @Override
  public void startTable(TableStart table) {
    closeOpen();
    if (table.visibility() == Visibility.HIDDEN_SLIDE) {
      open = table;
      openStats = new SheetStats();
    }
  }

  @Override
  public void row(Row row) {
    if (open != null) {
      openStats.add(row);
    }
  }

  @Override
  public void endTable() {
    closeOpen();
  }

  private void closeOpen() {
    if (open == null) {
      return;
    }
    if (!openStats.isEmpty()) {
      Tally t = tally(open.location());
      t.blocks++;
      if (openStats.records > t.biggestTableRecords) {
        t.biggestTableRecords = openStats.records;
        t.biggestTableDataRows = openStats.dataRows;
        t.biggestTable = open.location().withRef(openStats.bounds.range());
      }
      if (!openStats.samples.isEmpty() && !t.samples.isFull()) {
        t.samples.addAll(openStats.samples);
      }
    }
    open = null;
    openStats = null;
  }

  private Tally tally(Location where) {
    Tally t = files.computeIfAbsent(where.container(), k -> new Tally());
    if (t.first == null) {
      t.first = where;
    }
    String slide = where.place();
    if (!slide.isEmpty() && !t.slides.contains(slide)) {
      t.slideCount++;
      if (t.slides.size() < PLACES) {
        t.slides.add(slide);
      }
    }
    return t;
  }

  @Override
  public void finish() {
    closeOpen();
    for (Tally t : files.values()) {
      boolean table = t.biggestTableRecords >= HiddenSheetRule.BLOCK_RECORDS;
      String slides = t.slides.isEmpty() ? "A hidden slide"
          : Words.capitalised(t.slideCount == 1 ? t.slides.get(0) : "slides "
              + Words.listWithMore(t.slides.stream().map(HiddenSlideDetector::number).toList(),
                  t.slideCount));
      List<String> what = new ArrayList<>();
      if (t.biggestTable != null) {
        what.add("a table of " + Words.count(t.biggestTableDataRows, "row") + " of data");
      }
      if (t.letters > 0) {
        what.add(Words.count(t.letters, "letter or digit", "letters and digits") + " of text");
      }
      String holds = " hold" + (t.slideCount > 1 ? " " : "s ") + String.join(" and ", what);
      report(
          table ? Severity.BLOCK : Severity.REVIEW,
          table ? t.biggestTable : t.first,
          slides + (t.slideCount > 1 ? " are hidden and" : " is hidden and") + holds
              + " — PowerPoint and Impress skip hidden slides in the slideshow, but they are in"
              + " the file for anyone who opens it",
          t.samples.isEmpty() ? "" : "e.g. " + t.samples);
    }
  }

  /** "slide 3" → "3", anything else as it is. */
  private static String number(String place) {
    return place.startsWith("slide ") ? place.substring(6) : place;
  }
}
