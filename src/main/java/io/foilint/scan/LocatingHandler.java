package io.foilint.scan;

import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import io.foilint.model.TextBlock;

/** Passes events on with their locations moved inside an embedded document's inner path. */
final class LocatingHandler implements ContentHandler {

  private final String innerPath;
  private final ContentHandler next;

  LocatingHandler(String innerPath, ContentHandler next) {
    this.innerPath = innerPath;
    this.next = next;
  }

  @Override
  public void startTable(TableStart t) {
    next.startTable(new TableStart(t.origin(), t.name(), t.location().inside(innerPath), t.visibility()));
  }

  @Override
  public void row(Row row) {
    next.row(row);
  }

  @Override
  public void endTable() {
    next.endTable();
  }

  @Override
  public void text(TextBlock t) {
    next.text(new TextBlock(t.kind(), t.location().inside(innerPath), t.text(), t.author(), t.visibility()));
  }

  @Override
  public void fact(Fact f) {
    next.fact(new Fact(f.kind(), f.location().inside(innerPath), f.name(), f.value(), f.attrs()));
  }
}
