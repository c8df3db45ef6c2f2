package io.foilint.model;

/**
 * A run or block of free text.
 *
 * @param kind comment, header/footer, shape text, ...
 * @param location where it is (sheet and cell for a comment, part for a shape)
 * @param text the text itself
 * @param author who wrote it when the format records it (comment author), else empty
 * @param visibility whether a reader sees it
 */
public record TextBlock(
    TextKind kind, Location location, String text, String author, Visibility visibility) {

  public TextBlock {
    author = author == null ? "" : author;
    text = text == null ? "" : text;
  }
}
