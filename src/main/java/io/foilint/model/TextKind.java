package io.foilint.model;

/** Where a block of free text comes from. */
public enum TextKind {
  COMMENT("comment"),
  THREADED_COMMENT("threaded comment"),
  HEADER_FOOTER("header/footer"),
  SHAPE_TEXT("text box or shape"),
  DOCUMENT_PROPERTY("document property"),
  BODY("body text"),
  OTHER("text");

  private final String phrase;

  TextKind(String phrase) {
    this.phrase = phrase;
  }

  public String phrase() {
    return phrase;
  }
}
