package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.detect.StrayCharacters;
import io.foilint.detect.personal.names.PersonOrPlaceholder;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tracked changes never accepted or rejected. Deleted text stays in the file (shown struck
 * through with markup, hidden with "No Markup", and back in any PDF made with markup): BLOCK,
 * since the author meant it gone — unless all of it is a few characters that form no word (a
 * deleted "s.", {@link StrayCharacters}). Insertions, moves and formatting changes alone are REVIEW:
 * they name their authors and show the document's history. One finding per file.
 */
@Rule(
    id = "tracked-changes",
    severity = Severity.BLOCK,
    summary = "Tracked changes were never accepted: deleted text and the editors' names remain",
    fix = "Word: Review > Accept > Accept All Changes (or Reject where the change is wrong), then"
        + " File > Info > Inspect Document > Comments, Revisions and Versions > Remove All;"
        + " LibreOffice Writer: Edit > Track Changes > Manage > Accept All; save and scan again")
public final class TrackedChangesDetector extends Detector {

  /** The changes of one file (or one embedded file). */
  private static final class Changes {
    Location first;
    long insertions;
    long deletions;
    long moves;
    long formatting;
    final Set<String> authors = new LinkedHashSet<>();
  }

  private final Map<String, Changes> files = new LinkedHashMap<>();
  private final HiddenWordText deleted = new HiddenWordText(Visibility.TRACKED_DELETION);

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.TRACKED_CHANGES) {
      return;
    }
    Changes c = files.computeIfAbsent(fact.location().container(), k -> new Changes());
    if (c.first == null) {
      c.first = fact.location();
    }
    c.insertions += fact.get(FactAttr.INSERTIONS);
    c.deletions += fact.get(FactAttr.DELETIONS);
    c.moves += fact.get(FactAttr.MOVES);
    c.formatting += fact.get(FactAttr.FORMATTING);
    for (String a : fact.get(FactAttr.AUTHORS).split("\\|")) {
      if (!a.isBlank() && c.authors.size() < 50) {
        c.authors.add(a.strip());
      }
    }
  }

  @Override
  public void text(TextBlock text) {
    deleted.offer(text);
  }

  @Override
  public void finish() {
    Set<String> containers = new LinkedHashSet<>(files.keySet());
    containers.addAll(deleted.byFile().keySet());
    for (String container : containers) {
      Changes c = files.getOrDefault(container, new Changes());
      HiddenWordText.Tally gone = deleted.byFile().get(container);
      Set<String> authors = new LinkedHashSet<>(c.authors);
      if (gone != null) {
        authors.addAll(gone.authors);
      }
      Details counts = new Details()
          .add(c.insertions > 0 ? Words.count(c.insertions, "insertion") : "")
          .add(c.deletions > 0 ? Words.count(c.deletions, "deletion") : "")
          .add(c.moves > 0 ? Words.count(c.moves, "move") : "")
          .add(c.formatting > 0 ? Words.count(c.formatting, "formatting change") : "");
      String who = authors.isEmpty() ? "" : "; made by " + shown(List.copyOf(authors));
      if (gone != null && !gone.formsNoWord()) {
        report(
            Severity.BLOCK,
            gone.first,
            "The document keeps tracked changes that were never accepted" + counts + who
                + " — " + Words.count(gone.letters, "letter or digit", "letters and digits")
                + " of deleted text are still in the file (" + gone.placesPhrase() + "), shown"
                + " struck through with markup and recoverable by anyone",
            gone.samples.isEmpty() ? "" : "deleted e.g. " + gone.samples);
      } else {
        report(
            Severity.REVIEW,
            c.first == null ? gone.first : c.first,
            "The document keeps tracked changes that were never accepted" + counts + who
                + " — they show the document's history and who edited it"
                + (gone == null ? "" : "; the deleted text still in the file is only "
                    + Words.count(gone.letters, "letter or digit", "letters and digits")
                    + " that form no word"),
            "");
      }
    }
  }

  /** Authors who are people masked; application and account names as written. */
  private static String shown(List<String> authors) {
    List<String> first = authors.subList(0, Math.min(5, authors.size())).stream()
        .map(a -> PersonOrPlaceholder.isPerson(a) ? Evidence.mask(a) : a)
        .toList();
    return Words.listWithMore(first, authors.size());
  }
}
