package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text blacked out on a page that the file repeats somewhere else a reader can look: a bookmark,
 * the alternative or "actual" text kept for screen readers, a form field's value. Fixing the box
 * on the page is then not enough; the copy has to go too.
 *
 * <p>Covered text is what lies under a drawn box ({@link Visibility#UNDER_BOX}) or under a dark
 * highlight comment ({@link FactKind#DARK_MARKUP}). The places it is looked for arrive as text of
 * kind {@link TextKind#OTHER}. Either may come first in a file, so both are kept until the end;
 * the covered text of one file is small.
 */
@Rule(
    id = "covered-text-repeated",
    severity = Severity.BLOCK,
    summary = "Text covered on a page is repeated in a bookmark, alternative text or a form field",
    fix = "Redact the text on the page properly and also delete or edit the bookmark, alternative"
        + " text or form field that repeats it (Acrobat: Redact > Remove Hidden Information covers"
        + " bookmarks and metadata); scan the saved copy again")
public final class CoveredTextRepeatedDetector extends Detector {

  /** Shortest covered phrase worth matching; shorter ones match by chance. */
  static final int MIN_LETTERS = 4;

  private record Covered(Location where, String text, List<String> phrases) {}

  private record Copy(Location where, String normalised) {}

  private final List<Covered> covered = new ArrayList<>();
  private final List<Copy> copies = new ArrayList<>();

  @Override
  public void text(TextBlock text) {
    if (text.visibility() == Visibility.UNDER_BOX) {
      cover(text.location(), text.text());
    } else if (text.kind() == TextKind.OTHER && !text.text().isBlank()) {
      copies.add(new Copy(text.location(), normalise(text.text())));
    }
  }

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.DARK_MARKUP) {
      cover(fact.location(), fact.value());
    }
  }

  private void cover(Location where, String text) {
    List<String> phrases = phrases(text);
    if (!phrases.isEmpty()) {
      covered.add(new Covered(where, text, phrases));
    }
  }

  /** The covered text itself and, for longer text, each pair of neighbouring words. */
  static List<String> phrases(String text) {
    String whole = normalise(text);
    Set<String> out = new LinkedHashSet<>();
    if (letters(whole) >= MIN_LETTERS) {
      out.add(whole);
    }
    String[] words = whole.split(" ");
    for (int i = 0; i + 1 < words.length; i++) {
      String pair = words[i] + " " + words[i + 1];
      if (letters(words[i]) >= 2 && letters(words[i + 1]) >= 2 && letters(pair) >= MIN_LETTERS) {
        out.add(pair);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public void finish() {
    for (Covered c : covered) {
      for (Copy copy : copies) {
        if (c.phrases().stream().anyMatch(p -> containsWords(copy.normalised(), p))) {
          report(
              Severity.BLOCK,
              c.where(),
              "Text covered at " + describe(c.where()) + " appears again in " + describe(copy.where())
                  + " — anyone can read it there even once the box is fixed",
              "covered " + Evidence.mask(c.text()));
          break;
        }
      }
    }
  }

  private static boolean containsWords(String haystack, String phrase) {
    return (" " + haystack + " ").contains(" " + phrase + " ");
  }

  private static String describe(Location where) {
    String place = where.place();
    if (place.equals("bookmarks")) {
      return "a bookmark";
    }
    if (place.equals("form field")) {
      return "form field " + where.ref();
    }
    String ref = where.ref();
    return ref.isEmpty() ? place : place + " (" + ref + ")";
  }

  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static int letters(String s) {
    return (int) s.chars().filter(Character::isLetter).count();
  }
}
