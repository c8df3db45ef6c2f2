package io.foilint.detect.pdf;

import io.foilint.detect.Evidence;
import io.foilint.detect.StrayCharacters;
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
 * Text blocks of one file (or one embedded file) hidden for given reasons: where they are (pages,
 * first spot), how much text they hold, and a few masked samples. Blocks without a letter or digit
 * (stray dots, rules drawn with dashes) reveal nothing and are left out.
 */
final class HiddenPageText {

  private static final int SAMPLES = 3;

  /** Tallies of one file, by the container path of the block ("" for the scanned file). */
  static final class Tally {
    Location first;
    long blocks;
    long characters;
    final Set<String> pages = new LinkedHashSet<>();
    final Map<String, Long> charactersPerPage = new LinkedHashMap<>();
    final List<String> samples = new ArrayList<>();
    boolean twoLettersInARow;

    /** All the hidden text together is a few letters or digits that form no word. */
    boolean formsNoWord() {
      return StrayCharacters.formNoWord(characters, twoLettersInARow);
    }

    long mostOnOnePage() {
      return charactersPerPage.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** "page 3", "pages 1, 2 and 5", "pages 1, 2, 3 … (40 pages)". */
    String pagesPhrase() {
      if (!onPages()) {
        // a Word document has no pages in its file: its places are paragraphs and tables
        List<String> places = new ArrayList<>(pages);
        if (places.size() == 1) {
          return places.get(0);
        }
        if (places.size() <= 6) {
          return String.join(", ", places.subList(0, places.size() - 1)) + " and "
              + places.get(places.size() - 1);
        }
        return String.join(", ", places.subList(0, 5)) + " … (" + places.size() + " places)";
      }
      List<String> numbers = new ArrayList<>();
      for (String p : pages) {
        numbers.add(p.startsWith("page ") ? p.substring(5) : p);
      }
      if (numbers.size() == 1) {
        return pages.iterator().next();
      }
      if (numbers.size() <= 6) {
        return "pages " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
            + numbers.get(numbers.size() - 1);
      }
      return "pages " + String.join(", ", numbers.subList(0, 5)) + " … (" + numbers.size() + " pages)";
    }

    /** True when every place is a PDF page ("page 3"), false for Word paragraphs and tables. */
    boolean onPages() {
      return pages.stream().allMatch(p -> p.startsWith("page ") || p.equals("the document"));
    }

    String evidence() {
      return samples.isEmpty() ? "" : "e.g. " + String.join("; ", samples);
    }
  }

  private final Set<Visibility> reasons;
  private final Map<String, Tally> byFile = new LinkedHashMap<>();

  HiddenPageText(Set<Visibility> reasons) {
    this.reasons = reasons;
  }

  /** Counts the block when it is hidden for one of the reasons and holds text; true if counted. */
  boolean offer(TextBlock t) {
    if (!reasons.contains(t.visibility()) || t.kind() == TextKind.DOCUMENT_PROPERTY) {
      return false;
    }
    long letters = t.text().codePoints().filter(Character::isLetterOrDigit).count();
    if (letters == 0) {
      return false;
    }
    Tally tally = byFile.computeIfAbsent(t.location().container(), k -> new Tally());
    if (tally.first == null) {
      tally.first = t.location();
    }
    tally.blocks++;
    tally.characters += letters;
    tally.twoLettersInARow |= StrayCharacters.twoLettersInARow(t.text());
    String page = t.location().place().isEmpty() ? "the document" : t.location().place();
    tally.pages.add(page);
    tally.charactersPerPage.merge(page, letters, Long::sum);
    if (tally.samples.size() < SAMPLES) {
      tally.samples.add(Evidence.mask(t.text()));
    }
    return true;
  }

  Map<String, Tally> byFile() {
    return byFile;
  }

  /** Where the first block is, in words: "page 3, text at 72,540 (150x14 pt)". */
  static String firstSpot(Tally t) {
    String ref = t.first.ref();
    return ref.isEmpty() ? t.first.place() : t.first.place() + ", " + ref;
  }

  static String count(long n, String one, String many) {
    return n == 1 ? "1 " + one : n + " " + many;
  }
}
