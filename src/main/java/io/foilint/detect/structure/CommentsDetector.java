package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.detect.personal.names.NoteAuthorLine;
import io.foilint.detect.personal.names.PersonOrPlaceholder;
import io.foilint.model.AnnotationPlaces;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cell comments and threaded comments: their text shows only on hover, and their authors are
 * staff names. In a PDF, annotations: a sticky note's text shows only when opened, a text box
 * printed on the page is said to be printed, not hidden. One REVIEW finding per sheet or page (count, cells, masked samples); the first
 * also lists the file's comment authors, once: people masked, application and account names
 * ("Author", "Administrator") as written. Excel's automatic "Author:" first line of a note is
 * read as the note's author ({@link NoteAuthorLine}). Authors without any comment text (a
 * persons part) are a finding of their own, INFO when none of them is a person.
 */
@Rule(
    id = "comments",
    severity = Severity.REVIEW,
    summary = "Comments hold text that shows only on hover, and name their authors",
    fix = "Review > Show All Comments, read them, then delete them (Review > Delete > Delete All"
        + " Comments in Sheet); or copy only the values meant for release into a new workbook or"
        + " CSV. File > Info > Check for Issues > Inspect Document also removes them",
    pdfFix = "Open the comments list (Acrobat: View > Tools > Comment), read each comment and"
        + " delete those not meant for release, or use Redact > Remove Hidden Information, which"
        + " removes comments and their authors",
    odsFix = "View > Comments shows every comment: read them, then delete them (select the "
        + "cells, Sheet > Delete Comment); or copy only the values meant for release into "
        + "a new spreadsheet or CSV. Tools > Options > LibreOffice > Security > Options > "
        + "\"Remove personal information on saving\" drops the authors' names")
public final class CommentsDetector extends Detector {

  static final String WORD_FIX =
      "Word: Review > Delete > Delete All Comments in Document (or File > Info > Check for"
          + " Issues > Inspect Document > Comments, Revisions and Versions > Remove All);"
          + " LibreOffice Writer: right-click a comment > Delete All Comments; save and scan again";

  static final String SLIDES_FIX =
      "PowerPoint: Review > Delete > Delete All Comments in This Presentation (or File > Info >"
          + " Check for Issues > Inspect Document > Comments > Remove All); LibreOffice Impress:"
          + " right-click a comment > Delete All Comments; save and scan again";

  private static final int MAX_AUTHORS = 1_000;

  /** Comments of one sheet. */
  private static final class SheetComments {
    final Location location;
    long count;
    /** PDF text boxes that print their text on the page ({@link AnnotationPlaces#isPrinted}). */
    long printed;
    final List<String> cells = new ArrayList<>();
    final MaskedSamples samples = new MaskedSamples(3);

    SheetComments(Location location) {
      this.location = location;
    }
  }

  private final Map<String, SheetComments> sheets = new LinkedHashMap<>();
  // distinct authors are counted on their raw names (never reported), and shown masked
  private final Set<String> authors = new LinkedHashSet<>();
  private Location firstAuthorLocation;

  @Override
  public void text(TextBlock text) {
    if (text.kind() != TextKind.COMMENT && text.kind() != TextKind.THREADED_COMMENT) {
      return;
    }
    Location l = text.location();
    SheetComments s =
        sheets.computeIfAbsent(l.container() + "\u0000" + l.place(),
            k -> new SheetComments(new Location(l.container(), l.place(), "")));
    s.count++;
    if (AnnotationPlaces.isPrinted(l.ref())) {
      s.printed++;
    }
    if (!l.ref().isEmpty() && s.cells.size() < 6) {
      s.cells.add(l.ref());
    }
    // Excel's "Author:" first line of a note names its author; the sample shows what was written
    NoteAuthorLine.Split note = text.kind() == TextKind.COMMENT
        ? NoteAuthorLine.split(text.text(), text.author())
        : new NoteAuthorLine.Split("", text.text());
    s.samples.offer(note.body());
    author(text.author(), l);
    author(note.author(), l);
  }

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.COMMENT_AUTHOR) {
      author(fact.value().isBlank() ? fact.name() : fact.value(), fact.location());
    }
  }

  private void author(String name, Location where) {
    if (name == null || name.isBlank() || authors.size() >= MAX_AUTHORS) {
      return;
    }
    if (authors.add(name.strip()) && firstAuthorLocation == null) {
      firstAuthorLocation = new Location(where.container(), where.place(), "");
    }
  }

  @Override
  public void finish() {
    boolean authorsListed = false;
    for (SheetComments s : sheets.values()) {
      String cells =
          s.cells.isEmpty() ? "" : " (" + Words.listWithMore(s.cells.subList(0,
              Math.min(5, s.cells.size())), s.count) + ")";
      boolean page = s.location.place().startsWith("page ");
      // a Word document's comments part: its comments are anchored to paragraphs, not cells
      boolean word = s.location.place().endsWith("comments");
      // a presentation's comments are anchored to a slide ("slide 3")
      boolean slide = s.location.place().matches("slide \\d+");
      String place = word ? "The document"
          : slide ? Words.capitalised(s.location.place())
          : s.location.place().isEmpty() ? "The file"
          : page ? Words.capitalised(s.location.place())
          : "Sheet " + Words.quoted(s.location.place());
      String authorList = authorsListed ? "" : authorsSentence();
      authorsListed = true;
      report(
          Severity.REVIEW,
          s.location,
          place + " has " + Words.count(s.count, page ? "annotation" : "comment",
                  page ? "annotations" : "comments") + cells
              + (page ? annotationsSentence(s)
                  : word
                  ? " — comments and their authors travel with the file and show in the margin"
                      + " or comments pane, and in any PDF made with markup"
                  : slide
                  ? " — comments and their authors travel with the file and show in the Comments"
                      + " pane, though not in the slideshow"
                  : " — comment text shows only when a reader hovers over the cell, so it is easy"
                      + " to miss")
              + authorList,
          (s.samples.isEmpty() ? "" : "e.g. " + s.samples)
              + (authorList.isEmpty() ? "" : (s.samples.isEmpty() ? "" : "; ") + "authors: "
                  + String.join("; ", shownAuthors())),
          word ? WORD_FIX : slide ? SLIDES_FIX : info().fix());
    }
    if (!authorsListed && !authors.isEmpty()) {
      // authors without comment text (a persons part, an orphan author list)
      boolean anyPerson = authors.stream().anyMatch(PersonOrPlaceholder::isPerson);
      report(
          anyPerson ? Severity.REVIEW : Severity.INFO,
          firstAuthorLocation,
          "The file" + authorsSentence().replaceFirst("^; the file", ""),
          String.join("; ", shownAuthors()));
    }
  }

  /**
   * What a page's annotations show: a text box prints its text on the page, where everyone sees
   * it; a sticky note's or markup's text shows only when a reader opens it.
   */
  private static String annotationsSentence(SheetComments s) {
    if (s.printed == s.count) {
      return " — " + (s.count == 1 ? "its text is" : "their text is") + " printed on the page, and"
          + " annotations and their authors travel with the file, where anyone can edit, move or"
          + " delete them";
    }
    String opened = " a note's text shows only when a reader opens it, so it is easy to miss";
    if (s.printed == 0) {
      return " — annotations and their authors travel with the file, and" + opened;
    }
    return " — annotations and their authors travel with the file; " + s.printed + " of them"
        + " print their text on the page, the others show theirs only when a reader opens them,"
        + " so they are easy to miss";
  }

  /** "; the file names 2 comment authors (J*** S****, Administrator) — …", or "". */
  private String authorsSentence() {
    if (authors.isEmpty()) {
      return "";
    }
    boolean anyPerson = authors.stream().anyMatch(PersonOrPlaceholder::isPerson);
    return "; the file names " + Words.count(authors.size(), "comment author") + " ("
        + Words.listWithMore(shownAuthors(), authors.size()) + ")"
        + (anyPerson ? " — comment authors are usually staff names"
            : " — none of them names a person (application or account names)");
  }

  /** The first five authors: people masked, application and account names as written. */
  private List<String> shownAuthors() {
    return authors.stream()
        .limit(5)
        .map(a -> PersonOrPlaceholder.isPerson(a) ? Evidence.mask(a) : a)
        .toList();
  }
}
