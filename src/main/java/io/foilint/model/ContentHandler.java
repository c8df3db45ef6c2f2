package io.foilint.model;

/**
 * Receives the content events an extractor produces, in document order. Tables are not nested:
 * between {@link #startTable} and {@link #endTable} only {@link #row} calls arrive.
 *
 * <p>Implementations must not keep rows beyond the call: extractors stream and may reuse nothing,
 * but consumers are expected to accumulate statistics, not rows.
 */
public interface ContentHandler {

  default void startTable(TableStart table) {}

  default void row(Row row) {}

  default void endTable() {}

  default void text(TextBlock text) {}

  default void fact(Fact fact) {}
}
