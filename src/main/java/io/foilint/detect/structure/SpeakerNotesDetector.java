package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;

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

  /** Notes are text kept out of sight for one reason, tallied per file like hidden Word text. */
  private final HiddenWordText notes = new HiddenWordText(Visibility.SPEAKER_NOTES);

  @Override
  public void text(TextBlock text) {
    notes.offer(text);
  }

  @Override
  public void finish() {
    for (HiddenWordText.Tally t : notes.byFile().values()) {
      String places = t.placesPhrase();
      report(
          Severity.REVIEW,
          t.first,
          "The presentation has speaker notes ("
              + Words.count(t.letters, "letter or digit", "letters and digits")
              + (places.isEmpty() ? "" : "; " + places)
              + ") — the slideshow does not show them, but they travel with the file and anyone"
              + " who opens it can read them",
          t.samples.isEmpty() ? "" : "e.g. " + t.samples);
    }
  }
}
