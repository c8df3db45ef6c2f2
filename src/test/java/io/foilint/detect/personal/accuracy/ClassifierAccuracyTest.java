package io.foilint.detect.personal.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.personal.PersonalDataTableDetector;
import io.foilint.detect.personal.accuracy.LabelledColumns.Labelled;
import io.foilint.detect.personal.columns.Category;
import io.foilint.detect.personal.columns.ColumnClassifier;
import io.foilint.detect.personal.columns.ColumnProfile;
import io.foilint.testing.Events;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Measures the column classifier and the personal-table decision on a labelled set (see
 * {@link LabelledColumns}) and fails if they drop below the levels recorded in
 * docs/benchmarks.md. Writes target/classifier-accuracy.tsv.
 */
class ClassifierAccuracyTest {

  /** Recorded levels (docs/benchmarks.md): the test fails below them. */
  private static final double MIN_DIRECT_PRECISION = 1.0;
  private static final double MIN_DIRECT_RECALL = 0.99;
  private static final double MIN_TABLE_PRECISION = 1.0;
  private static final double MIN_TABLE_RECALL = 0.98;

  private static final ColumnClassifier CLASSIFIER = ColumnClassifier.bundled();

  private static Category predict(Labelled c) {
    ColumnProfile p = new ColumnProfile(0, c.header());
    c.values().forEach(p::offer);
    return CLASSIFIER.classify(p)
        .filter(x -> x.confidence() >= ColumnClassifier.ESTABLISHED)
        .map(ColumnClassifier.ColumnClass::category)
        .orElse(null);
  }

  @Test
  void columnCategoriesAndTheDirectIdentifierDecision() throws Exception {
    List<Labelled> columns = LabelledColumns.all();
    assertThat(columns).hasSizeGreaterThanOrEqualTo(300);
    Map<Category, int[]> perCategory = new EnumMap<>(Category.class); // tp, fp, fn
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> errors = new ArrayList<>();
    for (Labelled c : columns) {
      Category predicted = predict(c);
      if (Objects.equals(predicted, c.truth())) {
        if (predicted != null) {
          perCategory.computeIfAbsent(predicted, k -> new int[3])[0]++;
        }
      } else {
        errors.add(c.id() + " (" + c.header() + "): expected " + c.truth() + ", got " + predicted);
        if (predicted != null) {
          perCategory.computeIfAbsent(predicted, k -> new int[3])[1]++;
        }
        if (c.truth() != null) {
          perCategory.computeIfAbsent(c.truth(), k -> new int[3])[2]++;
        }
      }
      boolean truthDirect = c.truth() != null && c.truth().direct();
      boolean predictedDirect = predicted != null && predicted.direct();
      if (truthDirect && predictedDirect) {
        tp++;
      } else if (predictedDirect) {
        fp++;
      } else if (truthDirect) {
        fn++;
      }
    }
    StringBuilder tsv = new StringBuilder("category\tcorrect\tfalse_positives\tmissed\tprecision\trecall\n");
    for (Map.Entry<Category, int[]> e : perCategory.entrySet()) {
      int[] m = e.getValue();
      tsv.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.2f\t%.2f%n", e.getKey(), m[0], m[1], m[2],
          ratio(m[0], m[0] + m[1]), ratio(m[0], m[0] + m[2])));
    }
    double precision = ratio(tp, tp + fp);
    double recall = ratio(tp, tp + fn);
    tsv.append(String.format(Locale.ROOT, "DIRECT_IDENTIFIER (any)\t%d\t%d\t%d\t%.2f\t%.2f%n", tp, fp, fn, precision, recall));
    tsv.append("\nmisclassified columns:\n");
    errors.forEach(e -> tsv.append(e).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/classifier-accuracy.tsv"), tsv);
    System.out.println("[foilint] classifier accuracy on " + columns.size() + " labelled columns\n" + tsv);
    assertThat(precision).as("precision of 'identifies people on its own'").isGreaterThanOrEqualTo(MIN_DIRECT_PRECISION);
    assertThat(recall).as("recall of 'identifies people on its own'").isGreaterThanOrEqualTo(MIN_DIRECT_RECALL);
  }

  @Test
  void personalTableDecision() throws Exception {
    Random r = new Random(7);
    List<Labelled> columns = LabelledColumns.all();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tables = 0;
    // a table of people: a direct-identifier column beside quasi-identifiers; an aggregate or a
    // table of traps: no direct identifier
    List<Labelled> direct = columns.stream().filter(c -> c.truth() != null && c.truth().direct()).toList();
    List<Labelled> quasi = columns.stream().filter(c -> c.truth() != null && !c.truth().direct()).toList();
    List<Labelled> traps = columns.stream().filter(c -> c.truth() == null).toList();
    for (int i = 0; i < 120; i++) {
      boolean personal = i % 2 == 0;
      Labelled first = personal ? direct.get(r.nextInt(direct.size())) : traps.get(r.nextInt(traps.size()));
      Labelled second = r.nextBoolean() ? quasi.get(r.nextInt(quasi.size())) : traps.get(r.nextInt(traps.size()));
      Labelled third = traps.get(r.nextInt(traps.size()));
      int rows = Math.min(first.values().size(), Math.min(second.values().size(), third.values().size()));
      Events e = Events.sheet("T" + i).row(first.header(), second.header(), third.header());
      for (int row = 0; row < rows; row++) {
        e.row(first.values().get(row), second.values().get(row), third.values().get(row));
      }
      List<Finding> findings = e.feed(new PersonalDataTableDetector());
      boolean flagged = !findings.isEmpty();
      tables++;
      if (personal && flagged) {
        tp++;
      } else if (flagged) {
        fp++;
      } else if (personal) {
        fn++;
      }
    }
    double precision = ratio(tp, tp + fp);
    double recall = ratio(tp, tp + fn);
    String line = String.format(Locale.ROOT, "personal-table decision on %d generated tables: tp %d, fp %d, fn %d, precision %.2f, recall %.2f",
        tables, tp, fp, fn, precision, recall);
    System.out.println("[foilint] " + line);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/table-decision-accuracy.txt"), line + "\n");
    assertThat(precision).isGreaterThanOrEqualTo(MIN_TABLE_PRECISION);
    assertThat(recall).isGreaterThanOrEqualTo(MIN_TABLE_RECALL);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }
}
