package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text boxes and shapes marked hidden (Selection Pane, eye icon off). REVIEW; BLOCK when five
 * or more hidden shapes hold text of two words or more. A single word is a control's caption or
 * a label ("Calculate", "All": form buttons a macro hides and shows), not a note, so shapes
 * holding one word count but never make the finding BLOCK. One finding per file (embedded files
 * count separately).
 */
@Rule(
    id = "hidden-shapes",
    severity = Severity.BLOCK,
    summary = "Hidden text boxes or shapes hold text a reader does not see",
    fix = "Home > Find & Select > Selection Pane > Show All, check the shapes that appear, and"
        + " delete those that must not be released",
    odsFix = "Open the Navigator (View > Navigator), select each drawing object under "
        + "Drawing Objects, check it, and delete those that must not be released")
public final class HiddenShapesDetector extends Detector {

  static final int BLOCK_SHAPES = 5;

  /** Hidden shapes of one file (or one embedded file). */
  private static final class Shapes {
    Location first;
    long count;
    long worded;
    final List<String> places = new ArrayList<>();
    final MaskedSamples samples = new MaskedSamples(3);
  }

  private final Map<String, Shapes> files = new LinkedHashMap<>();

  @Override
  public void text(TextBlock text) {
    if (text.kind() != TextKind.SHAPE_TEXT
        || text.visibility() != Visibility.HIDDEN_SHAPE
        || text.text().isBlank()) {
      return;
    }
    Shapes s = files.computeIfAbsent(text.location().container(), k -> new Shapes());
    if (s.first == null) {
      s.first = text.location();
    }
    s.count++;
    if (words(text.text()) >= 2) {
      s.worded++;
    }
    String place = text.location().place();
    if (!place.isEmpty() && !s.places.contains(place) && s.places.size() < 3) {
      s.places.add(place);
    }
    s.samples.offer(text.text());
  }

  @Override
  public void finish() {
    for (Shapes s : files.values()) {
      Severity severity = s.worded >= BLOCK_SHAPES ? Severity.BLOCK : Severity.REVIEW;
      String where = s.places.isEmpty() ? "" : " (in " + String.join(", ", s.places) + ")";
      report(
          severity,
          s.first,
          "The file has " + Words.count(s.count, "hidden text box or shape",
              "hidden text boxes or shapes") + " holding text" + where
              + " — the Selection Pane shows them with one click",
          s.samples.isEmpty() ? "" : "e.g. " + s.samples);
    }
  }

  /** Whitespace-separated tokens holding a letter or digit. */
  static int words(String text) {
    int n = 0;
    for (String token : text.strip().split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }
}
