package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.TempFiles;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Earlier revisions of an incrementally saved PDF. Each save appends to the file, so a name
 * replaced or a paragraph deleted in a later save is still in the bytes of the earlier version,
 * and tools recover it by cutting the file at that version's {@code %%EOF}. Each earlier version
 * is opened the same way and its text compared with the final version's: lines that are gone
 * (and hold at least one word the final version never uses) are reported as text in an earlier
 * revision.
 */
final class PdfRevisions {

  /** Most earlier revisions compared; the latest ones, as they are closest to what is published. */
  static final int MAX_EARLIER = 50;

  /** Most characters reported for one page of one revision; the rest is only counted. */
  private static final int MAX_CHARS_PER_PAGE = 20_000;

  private static final Location PLACE = Location.of("revisions");

  private final Path file;
  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;

  PdfRevisions(Path file, PDDocument document, ExtractionContext context, ContentHandler out) {
    this.file = file;
    this.document = document;
    this.context = context;
    this.out = out;
  }

  void report() throws IOException, ExtractionException {
    List<RevisionBoundaries.Boundary> ends = RevisionBoundaries.find(file, context);
    List<Long> earlier = earlierRevisionEnds(ends);
    int revisions = earlier.size() + 1;
    Map<String, String> attrs = new LinkedHashMap<>();
    if (!earlier.isEmpty()) {
      compare(earlier, revisions, attrs);
    }
    out.fact(new Fact(FactKind.PDF_REVISIONS, PLACE, "revisions", Integer.toString(revisions), attrs));
  }

  /**
   * Prefix lengths of the earlier revisions. The final revision (the last end) is the document
   * already open. A linearized file's first {@code %%EOF} closes its first-page section, not a
   * version of the document, so it is left out.
   */
  private List<Long> earlierRevisionEnds(List<RevisionBoundaries.Boundary> ends) throws IOException {
    List<Long> earlier = new ArrayList<>();
    boolean linearized = ends.size() > 1 && RevisionBoundaries.isLinearized(file);
    for (int i = 0; i < ends.size() - 1; i++) {
      if (i == 0 && linearized) {
        continue;
      }
      earlier.add(ends.get(i).end());
    }
    return earlier;
  }

  private void compare(List<Long> earlier, int revisions, Map<String, String> attrs)
      throws IOException, ExtractionException {
    FinalText finalText = FinalText.of(document, context);
    int first = Math.max(0, earlier.size() - MAX_EARLIER);
    if (first > 0) {
      attrs.put("capped", "true");
    }
    List<String> changed = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (int k = first; k < earlier.size(); k++) {
      context.checkDeadline();
      int revision = k + 1;
      List<Integer> pages = new ArrayList<>();
      if (!compareRevision(earlier.get(k), revision, revisions, finalText, pages)) {
        unreadable.add(Integer.toString(revision));
      } else if (!pages.isEmpty()) {
        changed.add("revision " + revision + ": " + (pages.size() == 1 ? "page " : "pages ")
            + String.join(", ", pages.stream().map(String::valueOf).toList()));
      }
    }
    attrs.put("compared", Integer.toString(earlier.size() - first));
    if (!changed.isEmpty()) {
      attrs.put("changedPages", String.join("; ", changed));
    }
    if (!unreadable.isEmpty()) {
      attrs.put("unreadable", String.join(", ", unreadable));
    }
  }

  /**
   * Reports the lines of one earlier revision that the final version lacks. False when the
   * revision could not be opened (a damaged or partial prefix is noted, not fatal: the final
   * version was read in full).
   */
  private boolean compareRevision(long length, int revision, int revisions,
      FinalText finalText, List<Integer> changedPages) throws ExtractionException {
    try (PDDocument old = Loader.loadPDF(new PrefixRead(file, length), "", null, null,
        TempFiles.pdfStreamCache())) {
      // The same guard as the final version: an earlier revision can hold a bomb the final
      // version replaced, and filter chains PDFBox would decode wrongly.
      try {
        new PdfInflationGuard(PdfInflationGuard.MAX_STREAM_BYTES, context.limits().maxInflatedBytes(),
            document.getDocument().getXrefTable()).check(old, context);
      } catch (ExtractionException e) {
        if (e.reason() == ExtractionException.Reason.CORRUPT) {
          return false;
        }
        throw e;
      }
      PDFTextStripper stripper = new PDFTextStripper();
      int pages = old.getNumberOfPages();
      for (int page = 1; page <= pages; page++) {
        context.checkDeadline();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String lost = finalText.missingLines(stripper.getText(old));
        if (!lost.isEmpty()) {
          changedPages.add(page);
          out.text(new TextBlock(TextKind.BODY,
              Location.of("revision " + revision + " of " + revisions, "page " + page),
              lost, "", Visibility.EARLIER_REVISION));
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The final version's lines and words, normalised, to compare earlier text against. */
  private static final class FinalText {
    private final Set<String> lines = new HashSet<>();
    private final Set<String> words = new HashSet<>();

    static FinalText of(PDDocument document, ExtractionContext context)
        throws IOException, ExtractionException {
      FinalText t = new FinalText();
      PDFTextStripper stripper = new PDFTextStripper();
      int pages = document.getNumberOfPages();
      for (int page = 1; page <= pages; page++) {
        context.checkDeadline();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        for (String line : stripper.getText(document).split("\\R")) {
          String n = normalise(line);
          if (!n.isEmpty()) {
            t.lines.add(n);
            t.words.addAll(wordsOf(n));
          }
        }
      }
      return t;
    }

    /**
     * The lines of {@code earlierPage} that are not in the final version and hold a word it
     * never uses. The word test keeps reflowed paragraphs (same words, new line breaks) out.
     */
    String missingLines(String earlierPage) {
      StringBuilder lost = new StringBuilder();
      for (String line : earlierPage.split("\\R")) {
        String n = normalise(line);
        if (n.isEmpty() || lines.contains(n) || words.containsAll(wordsOf(n))) {
          continue;
        }
        if (lost.length() + line.length() > MAX_CHARS_PER_PAGE) {
          lost.append("\n…");
          break;
        }
        if (lost.length() > 0) {
          lost.append('\n');
        }
        lost.append(line.strip());
      }
      return lost.toString();
    }

    private static String normalise(String line) {
      return line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> wordsOf(String normalised) {
      List<String> w = new ArrayList<>();
      for (String s : normalised.split("[^\\p{L}\\p{N}]+")) {
        if (!s.isEmpty()) {
          w.add(s);
        }
      }
      return w;
    }
  }
}
