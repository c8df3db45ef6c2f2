package io.foilint.detect.structure;

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
 * Text blocks of one file (or one embedded file) that are out of sight for one reason — formatted
 * as hidden, deleted but tracked, under black highlighting, speaker notes — tallied for one
 * finding per file: how many blocks and letters, the first few places ("paragraph 4", "slide 2"),
 * masked samples and the authors of tracked deletions.
 */
final class HiddenWordText {

  private static final int PLACES = 5;

  /** What one file holds. */
  static final class Tally {
    Location first;
    long blocks;
    long letters;
    final List<String> places = new ArrayList<>();
    long placeCount;
    final MaskedSamples samples = new MaskedSamples(3);
    final Set<String> authors = new LinkedHashSet<>();

    /** "paragraph 4, table 2 and 3 more places" */
    String placesPhrase() {
      return places.isEmpty() ? "" : Words.listWithMore(places, placeCount);
    }
  }

  private final Visibility reason;
  private final Map<String, Tally> byFile = new LinkedHashMap<>();

  HiddenWordText(Visibility reason) {
    this.reason = reason;
  }

  void offer(TextBlock t) {
    if (t.visibility() != reason || t.kind() == TextKind.DOCUMENT_PROPERTY) {
      return;
    }
    long letters = t.text().codePoints().filter(Character::isLetterOrDigit).count();
    if (letters == 0) {
      return;
    }
    Tally tally = byFile.computeIfAbsent(t.location().container(), k -> new Tally());
    if (tally.first == null) {
      tally.first = t.location();
    }
    tally.blocks++;
    tally.letters += letters;
    String place = t.location().place();
    if (!place.isEmpty() && !tally.places.contains(place)) {
      tally.placeCount++;
      if (tally.places.size() < PLACES) {
        tally.places.add(place);
      }
    }
    tally.samples.offer(t.text());
    if (!t.author().isBlank() && tally.authors.size() < 50) {
      tally.authors.add(t.author().strip());
    }
  }

  Map<String, Tally> byFile() {
    return byFile;
  }
}
