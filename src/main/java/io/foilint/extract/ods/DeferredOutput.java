package io.foilint.extract.ods;

import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds the text and facts met inside a table (comments, shapes, sheet-local names) until the
 * table ends, because a table's event stream may only carry rows. Comments and shapes are
 * metadata-sized; cell data is never held here.
 */
final class DeferredOutput implements ContentHandler {

  private final List<TextBlock> texts = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();

  @Override
  public void text(TextBlock text) {
    texts.add(text);
  }

  @Override
  public void fact(Fact fact) {
    facts.add(fact);
  }

  void flushTo(ContentHandler out) {
    texts.forEach(out::text);
    facts.forEach(out::fact);
    texts.clear();
    facts.clear();
  }
}
