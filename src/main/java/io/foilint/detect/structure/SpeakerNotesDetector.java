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
 * Speaker notes: the presenter's text under each slide, never shown in the slideshow but kept in
 * the file and shown in the editor's notes pane, notes pages and most converters. REVIEW; notes
 * that name people with their identifiers are BLOCK under {@code personal-data-in-text}. One
 * finding per file (embedded files count separately).
 */
@Rule(
    id = "speaker-notes",
    severity = Severity.REVIEW,
    summary = "Slides carry speaker notes that the slideshow does not show but the file keeps",
    fix = "PowerPoint: File > Info > Check for Issues > Inspect Document > Presentation Notes >"
        + " Remove All (or read each slide's notes pane under View > Notes and delete what must"
        + " not be released); LibreOffice Impress: View > Notes, select and delete the notes text"
        + " of each slide; save and scan again")
public final class SpeakerNotesDetector extends Detector {

  private static final int PLACES = 5;

  /** The notes of one file (or one embedded file). */
  private static final class Tally {
    Location first;
    long blocks;
    long letters;
    final List<String> places = new ArrayList<>();
    long placeCount;
    final MaskedSamples samples = new MaskedSamples(3);
  }

  private final Map<String, Tally> files = new LinkedHashMap<>();

  @Override
  public void text(TextBlock text) {
    if (text.visibility() != Visibility.SPEAKER_NOTES || text.kind() == TextKind.DOCUMENT_PROPERTY) {
      return;
    }
    long letters = text.text().codePoints().filter(Character::isLetterOrDigit).count();
    if (letters == 0) {
      return;
    }
    Tally t = files.computeIfAbsent(text.location().container(), k -> new Tally());
    if (t.first == null) {
      t.first = text.location();
    }
    t.blocks++;
    t.letters += letters;
    String place = text.location().place();
    if (!place.isEmpty() && !t.places.contains(place)) {
      t.placeCount++;
      if (t.places.size() < PLACES) {
        t.places.add(place);
      }
    }
    t.samples.offer(text.text());
  }

  @Override
  public void finish() {
    for (Tally t : files.values()) {
      report(
          Severity.REVIEW,
          t.first,
          "The presentation has speaker notes ("
              + Words.count(t.letters, "letter or digit", "letters and digits")
              + (t.places.isEmpty() ? "" : "; " + Words.listWithMore(t.places, t.placeCount))
              + ") — the slideshow does not show them, but they travel with the file and anyone"
              + " who opens it can read them",
          t.samples.isEmpty() ? "" : "e.g. " + t.samples);
    }
  }
}
