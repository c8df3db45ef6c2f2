package io.foilint.scan;

import io.foilint.detect.Detector;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import io.foilint.model.TextBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Hands each event to every detector. A detector that throws is taken out of the run and named
 * (its failure must not hide other findings, and must not let the file pass: see FileScan).
 * It also enforces the time limit: once the deadline passes, the next event throws.
 */
final class DetectorFanout implements ContentHandler {

  private final List<Detector> detectors;
  private final Map<String, RuntimeException> failed = new LinkedHashMap<>();
  private final long deadlineNanos;
  private volatile boolean abandoned;
  private int tableDepth;

  DetectorFanout(List<Detector> detectors, long deadlineNanos) {
    this.detectors = new ArrayList<>(detectors);
    this.deadlineNanos = deadlineNanos;
  }

  /** Thrown into the extractor when the time limit is reached. */
  static final class TimeUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimeUp() {
      super("time limit reached", null, false, false);
    }
  }

  void abandon() {
    abandoned = true;
  }

  boolean timeUp() {
    return abandoned || System.nanoTime() - deadlineNanos > 0;
  }

  boolean tableOpen() {
    return tableDepth > 0;
  }

  private void each(Consumer<Detector> call) {
    if (timeUp()) {
      throw new TimeUp();
    }
    for (Detector d : detectors) {
      if (failed.containsKey(d.info().id())) {
        continue;
      }
      try {
        call.accept(d);
      } catch (RuntimeException e) {
        failed.put(d.info().id(), e);
      }
    }
  }

  @Override
  public void startTable(TableStart table) {
    tableDepth++;
    each(d -> d.startTable(table));
  }

  @Override
  public void row(Row row) {
    each(d -> d.row(row));
  }

  @Override
  public void endTable() {
    tableDepth = Math.max(0, tableDepth - 1);
    each(Detector::endTable);
  }

  @Override
  public void text(TextBlock text) {
    each(d -> d.text(text));
  }

  @Override
  public void fact(Fact fact) {
    each(d -> d.fact(fact));
  }

  /** Closes any table an aborted extractor left open, then lets each detector finish. */
  void finish() {
    while (tableDepth > 0) {
      tableDepth--;
      for (Detector d : detectors) {
        try {
          d.endTable();
        } catch (RuntimeException e) {
          failed.putIfAbsent(d.info().id(), e);
        }
      }
    }
    for (Detector d : detectors) {
      if (!failed.containsKey(d.info().id())) {
        try {
          d.finish();
        } catch (RuntimeException e) {
          failed.put(d.info().id(), e);
        }
      }
    }
  }

  List<Detector> detectors() {
    return detectors;
  }

  Map<String, RuntimeException> failed() {
    return failed;
  }
}
