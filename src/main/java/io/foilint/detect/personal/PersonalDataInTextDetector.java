package io.foilint.detect.personal;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.detect.personal.columns.PersonRecord;
import io.foilint.detect.personal.columns.RecordReader;
import io.foilint.detect.personal.names.NameMention;
import io.foilint.detect.personal.names.NameShapes;
import io.foilint.detect.personal.names.NoteAuthorLine;
import io.foilint.detect.personal.recognize.Match;
import io.foilint.detect.personal.recognize.Recognizers;
import io.foilint.model.AnnotationPlaces;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names and identifiers inside free text — comments, text boxes, headers and footers, tracked
 * deletions: "PC Smith attended", "call 07700 900123", an NI number in a note. Text a reader does
 * not see (a comment shows only on hover) with personal data in it is BLOCK; visible text is
 * REVIEW. One finding per sheet or part.
 */
@Rule(
    id = "personal-data-in-text",
    severity = Severity.BLOCK,
    summary = "Comments, text boxes or other free text name people or hold their identifiers",
    fix = "Read the text (Review > Show All Comments; select text boxes; Page Layout for headers),"
        + " delete the comments or text that name people, or export the data to CSV, which keeps"
        + " none of them",
    pdfFix = "Check the named people may be named; where not, remove the text with a real"
        + " redaction (Acrobat: Redact > Mark for Redaction, then Apply) rather than covering it,"
        + " delete comments that name people, and scan the saved copy again",
    odsFix = "Read the text (View > Comments; select text boxes; Format > Page Style > "
        + "Header / Footer), delete the comments or text that name people, or export the "
        + "data to CSV, which keeps none of them")
public final class PersonalDataInTextDetector extends Detector {

  /** A name with a title or rank, or a first name and surname both known, is a person. */
  private static final double NAME_CONFIDENCE = 0.8;
  private static final int SAMPLES = 3;

  private final NameShapes names = NameShapes.bundled();
  private final Map<Location, Group> groups = new LinkedHashMap<>();

  private static final class Group {
    boolean hidden;
    boolean aside;
    /** Why the first hidden block is hidden, for page text ("under a drawn box"). */
    Visibility hiddenAs;
    long blocks;
    /** PDF annotation text boxes printed on the page, of {@link #blocks}. */
    long printed;
    final Set<String> kinds = new LinkedHashSet<>();
    final Set<String> textKinds = new LinkedHashSet<>();
    final List<String> samples = new ArrayList<>();
    final List<String> places = new ArrayList<>();
    /** A person's record in one block: a name with their DOB, NI or NHS number ("" if none). */
    String record = "";
  }

  private final RecordReader records = RecordReader.bundled();

  /**
   * A name beside that person's date of birth, NI or NHS number in the same block is a record of
   * them, BLOCK wherever it is — a letter paragraph, a visible PDF page, a comment — as it is in a
   * table row. Read only where a name was already found.
   */
  private void noteRecord(TextBlock t, Group g) {
    if (!g.record.isEmpty()) {
      return;
    }
    PersonRecord r = records.readText(t.text(), t.visibility().isHidden());
    if (r.identifiesPerson()) {
      g.record = r.identifierPhrase();
    }
  }

  @Override
  public void text(TextBlock t) {
    if (t.text().isBlank() || t.kind() == TextKind.DOCUMENT_PROPERTY) {
      return; // properties are document-properties' business
    }
    // Excel's "Author:" first line of a note is the comments rule's author, not a name in the text
    String text = t.kind() == TextKind.COMMENT ? NoteAuthorLine.body(t.text(), t.author()) : t.text();
    Set<String> kinds = new LinkedHashSet<>();
    List<String> found = new ArrayList<>();
    for (NameMention m : names.find(text)) {
      if (m.confidence() >= NAME_CONFIDENCE) {
        kinds.add("names");
        found.add(m.text());
      }
    }
    for (Match m : Recognizers.find(text)) {
      if (m.confidence() >= Match.RULES) {
        kinds.add(m.kind().phrase());
        found.add(text.substring(m.start(), m.end()));
      }
    }
    if (kinds.isEmpty()) {
      return;
    }
    boolean visibleBody = t.kind() == TextKind.BODY && t.visibility() == Visibility.VISIBLE;
    // Page text a reader sees is one finding per document (naming its pages), not one per page.
    Location where = visibleBody
        ? new Location(t.location().container(), "", "visible page text")
        : new Location(t.location().container(), t.location().place(), "");
    Group g = groups.computeIfAbsent(where, k -> new Group());
    if (visibleBody && !t.location().place().isEmpty() && !g.places.contains(t.location().place())) {
      g.places.add(t.location().place());
    }
    // Bookmarks and alternative text are not on the page but are shown in a side pane or read out
    // by screen readers: worth a look, not a block.
    g.hidden |= t.visibility() != Visibility.VISIBLE && t.visibility() != Visibility.METADATA;
    g.aside |= t.visibility() == Visibility.METADATA;
    if (g.hiddenAs == null && t.visibility() != Visibility.VISIBLE && t.visibility() != Visibility.METADATA) {
      g.hiddenAs = t.visibility();
    }
    g.blocks++;
    if (t.kind() == TextKind.COMMENT && AnnotationPlaces.isPrinted(t.location().ref())) {
      g.printed++;
    }
    if (kinds.contains("names")) {
      noteRecord(t, g);
    }
    g.kinds.addAll(kinds);
    g.textKinds.add(t.kind().phrase());
    for (String f : found) {
      if (g.samples.size() < SAMPLES) {
        g.samples.add(Evidence.mask(f));
      }
    }
  }

  /** "Page 3" for a PDF page, "Line 4" for plain text, else the quoted sheet or part. */
  private static String placeName(String place) {
    if (place.isEmpty()) {
      return "The file";
    }
    if (place.matches("(page|line) \\d+")) {
      return Character.toUpperCase(place.charAt(0)) + place.substring(1);
    }
    return "'" + place + "'";
  }

  /** "page 3" or "pages 1, 6, 7 and 2 more"; plain text's "lines 4, 9". */
  private static String pages(List<String> places) {
    if (places.size() == 1) {
      return places.get(0);
    }
    String unit = places.stream().allMatch(p -> p.startsWith("line ")) ? "line " : "page ";
    if (!places.stream().allMatch(p -> p.startsWith(unit))) {
      String shown = String.join(", ", places.subList(0, Math.min(5, places.size())));
      return shown + (places.size() > 5 ? " and " + (places.size() - 5) + " more" : "");
    }
    List<String> numbers = places.stream().map(p -> p.substring(unit.length())).toList();
    String shown = String.join(", ", numbers.subList(0, Math.min(5, numbers.size())));
    return unit.trim() + "s " + shown + (numbers.size() > 5 ? " and " + (numbers.size() - 5) + " more" : "");
  }

  private void reportRecord(Location key, Group g, String place) {
    boolean pages = !g.places.isEmpty();
    report(
        Severity.BLOCK,
        pages ? new Location(key.container(), g.places.get(0), "") : key,
        (pages ? "The visible text of " + pages(g.places)
            : "The " + String.join("/", g.textKinds) + " in " + (key.place().isEmpty() ? "the file" : place))
            + " holds " + String.join(", ", g.kinds) + ", and names a person together with their "
            + g.record + " — a record of one person, personal data wherever it is written",
        "e.g. " + String.join("; ", g.samples),
        pages || g.textKinds.equals(Set.of(TextKind.BODY.phrase()))
            ? "Remove the date of birth or identifier (or the name) from the text itself — a true"
                + " redaction, not a cover — or withhold the page, and check the document again"
            : info().fix());
  }

  @Override
  public void finish() {
    for (Map.Entry<Location, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      boolean printedBoxes = g.printed == g.blocks;
      String kindsText = printedBoxes ? "annotation text box" : String.join("/", g.textKinds);
      // body text and plain text are not counted in units of their own: "text", "3 blocks of text"
      boolean uncountable = kindsText.equals(TextKind.BODY.phrase()) || kindsText.equals(TextKind.OTHER.phrase());
      String what = uncountable ? (g.blocks == 1 ? "text" : g.blocks + " blocks of text")
          : g.blocks == 1 ? "1 " + kindsText
          : g.blocks + " " + kindsText + (printedBoxes ? "es" : " blocks");
      String place = placeName(e.getKey().place());
      boolean body = g.textKinds.contains(TextKind.BODY.phrase()) && g.textKinds.size() == 1;
      if (!g.record.isEmpty()) {
        reportRecord(e.getKey(), g, place);
        continue;
      }
      if (!g.places.isEmpty()) {
        // Visible page text: the officer reads it anyway. Names alone are noted (a letter names
        // its signatory); identifiers such as NI numbers or phone numbers need a second look.
        boolean namesOnly = g.kinds.equals(Set.of("names"));
        report(
            namesOnly ? Severity.INFO : Severity.REVIEW,
            new Location(e.getKey().container(), g.places.get(0), ""),
            "The visible text of " + pages(g.places) + " holds " + String.join(", ", g.kinds)
                + " — check that these people may be named and their details given",
            "e.g. " + String.join("; ", g.samples),
            "Check that everyone named may be named in this release; where not, remove the text"
                + " itself (a true redaction), not just cover it, and check the document again");
        continue;
      }
      report(
          g.hidden ? Severity.BLOCK : Severity.REVIEW,
          e.getKey(),
          place + " has " + what + " holding " + String.join(", ", g.kinds)
              + (g.hidden && body
                  ? " — " + g.hiddenAs.phrase() + ", so a reader does not see it, but it is still in"
                      + " the file for anyone who copies, searches or extracts the text"
                  : g.hidden && printedBoxes
                  ? " — printed on the page in annotations, which travel with the file and which"
                      + " anyone can edit, move or delete; check that these people may be named"
                  : g.hidden
                  ? " — text a reader does not see unless they open it, and it travels with the file"
                  : g.aside
                      ? " — kept as bookmarks or alternative text, which side panes and screen"
                          + " readers show; check that these people may be named"
                      : " — check that these people may be named"),
          "e.g. " + String.join("; ", g.samples),
          body
              ? "Check that everyone named may be named in this release; where not, remove the text"
                  + " itself (a true redaction), not just cover it, and check the document again"
              : info().fix());
    }
  }
}
