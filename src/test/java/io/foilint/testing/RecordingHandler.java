package io.foilint.testing;

import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import io.foilint.model.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every event, for extractor tests on small files, and holds extractors to the event
 * contract: tables do not nest, and no text or fact arrives while a table is open.
 */
public final class RecordingHandler implements ContentHandler {

  /** A table with the rows it received. */
  public record RecordedTable(TableStart start, List<Row> rows) {
    public List<Cell> cells() {
      return rows.stream().flatMap(r -> r.cells().stream()).toList();
    }

    public Optional<Cell> cell(String ref) {
      return cells().stream().filter(c -> c.ref().equals(ref)).findFirst();
    }
  }

  public final List<RecordedTable> tables = new ArrayList<>();
  public final List<TextBlock> texts = new ArrayList<>();
  public final List<Fact> facts = new ArrayList<>();
  private RecordedTable open;

  @Override
  public void startTable(TableStart table) {
    if (open != null) {
      throw new AssertionError("table " + table.name() + " started inside " + open.start().name());
    }
    open = new RecordedTable(table, new ArrayList<>());
    tables.add(open);
  }

  @Override
  public void row(Row row) {
    if (open == null) {
      throw new AssertionError("row outside a table");
    }
    open.rows().add(row);
  }

  @Override
  public void endTable() {
    if (open == null) {
      throw new AssertionError("endTable without startTable");
    }
    open = null;
  }

  @Override
  public void text(TextBlock text) {
    if (open != null) {
      throw new AssertionError("text at " + text.location() + " inside table " + open.start().name());
    }
    texts.add(text);
  }

  @Override
  public void fact(Fact fact) {
    if (open != null) {
      throw new AssertionError("fact " + fact.kind() + " inside table " + open.start().name());
    }
    facts.add(fact);
  }

  public RecordedTable table(String name) {
    return tables.stream()
        .filter(t -> t.start().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + name + " in " + tableNames()));
  }

  public List<String> tableNames() {
    return tables.stream().map(t -> t.start().name()).toList();
  }

  public List<Fact> facts(FactKind kind) {
    return facts.stream().filter(f -> f.kind() == kind).toList();
  }
}
