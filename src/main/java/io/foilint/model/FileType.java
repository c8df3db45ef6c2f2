package io.foilint.model;

/** A file's format family, decided from its content (never from its extension alone). */
public enum FileType {
  XLSX("Excel workbook (xlsx/xlsm)"),
  XLSB("Excel binary workbook (xlsb)"),
  XLS("Excel 97-2003 workbook (xls)"),
  ODS("OpenDocument spreadsheet (ods)"),
  FODS("OpenDocument flat XML spreadsheet (fods)"),
  CSV("delimited text (CSV/TSV)"),
  ZIP("zip bundle"),
  PDF("PDF document"),
  DOCX("Word document (docx)"),
  DOC("Word 97-2003 document (doc)"),
  ENCRYPTED_OOXML("password-protected Office file"),
  UNKNOWN("unrecognised file");

  private final String description;

  FileType(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
