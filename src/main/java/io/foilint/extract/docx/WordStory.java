package io.foilint.extract.docx;

import io.foilint.model.TextKind;
import io.foilint.model.Visibility;

/**
 * One story part of a Word document and how its text is reported: the main document, a header
 * or footer, the footnotes, endnotes or comments, or the glossary.
 *
 * @param part the package part, e.g. {@code word/header2.xml}
 * @param kind the kind of text its visible runs are
 * @param visibility how its visible runs are seen (headers: printed; comments: on hover)
 * @param place where its text is, for stories read as one block ("first-page header, section
 *     1"); empty for the main document, whose paragraphs and tables are numbered
 * @param unit the element that makes one block in a story of many notes ({@code comment},
 *     {@code footnote}, {@code endnote}); empty when each paragraph (main document) or the whole
 *     part (headers) is one block
 */
record WordStory(String part, TextKind kind, Visibility visibility, String place, String unit) {

  boolean isMain() {
    return place.isEmpty();
  }

  static WordStory main(String part) {
    return new WordStory(part, TextKind.BODY, Visibility.VISIBLE, "", "");
  }
}
