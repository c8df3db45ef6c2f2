package io.foilint.model;

/** What kind of thing a table event stream comes from. */
public enum TableOrigin {
  SHEET("sheet"),
  PIVOT_CACHE("pivot cache"),
  EXTERNAL_LINK_CACHE("external-link cache"),
  CHART_CACHE("chart cache"),
  /**
   * A workbook's change history: row 0 names the columns (sheet, cell, old value, new value), each
   * further row is one cell change, its old value in column 2 when the log keeps one.
   */
  REVISION_LOG("revision log"),
  CSV("CSV file"),
  PDF_PAGE("PDF page table"),
  WORD_TABLE("Word table"),
  SLIDE_TABLE("slide table");

  private final String phrase;

  TableOrigin(String phrase) {
    this.phrase = phrase;
  }

  public String phrase() {
    return phrase;
  }
}
