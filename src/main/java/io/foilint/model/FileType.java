package io.foilint.model;

/**
 * A file's format family, decided from its content (never from its extension alone). Formats
 * foilint recognises but cannot read yet are named all the same, so an officer is told "a
 * PowerPoint presentation" rather than "an unrecognised file" or, worse, a misread workbook.
 */
public enum FileType {
  XLSX("Excel workbook (xlsx/xlsm)"),
  XLSB("Excel binary workbook (xlsb)"),
  XLS("Excel 97-2003 workbook (xls)"),
  ODS("OpenDocument spreadsheet (ods)"),
  FODS("OpenDocument flat XML spreadsheet (fods)"),
  CSV("delimited text (CSV/TSV)"),
  TEXT("plain text"),
  ZIP("zip bundle"),
  PDF("PDF document"),
  DOCX("Word document (docx)"),
  DOC("Word 97-2003 document (doc)"),
  ODT("OpenDocument text document (odt)"),
  PPTX("PowerPoint presentation (pptx)"),
  PPT("PowerPoint 97-2003 presentation (ppt)"),
  ODP("OpenDocument presentation (odp)"),
  ODG("OpenDocument drawing (odg)"),
  ODC("OpenDocument chart (odc)"),
  ODF_OTHER("OpenDocument file (formula, database or image)"),
  VISIO("Visio drawing (vsd/vsdx)"),
  MSG("Outlook message (msg)"),
  EML("e-mail message (eml, MIME)"),
  RTF("Rich Text Format document (rtf)"),
  HTML("web page (HTML)"),
  PUBLISHER("Publisher document (pub)"),
  OPC_OTHER("Open Packaging package of another kind (e.g. XPS, 3MF, NuGet)"),
  ENCRYPTED_OOXML("password-protected Office file"),
  DAMAGED_ZIP("zip container (Office file or bundle) whose structure is damaged"),
  OLE_OBJECT("embedded OLE object"),
  DAMAGED_OLE2("Office 97-2003 (OLE2) container whose structure is damaged"),
  UNKNOWN("unrecognised file"),
  IMAGE("picture (JPEG, PNG, GIF, BMP, TIFF, WebP or HEIF)"),
  FODT("OpenDocument flat XML text document (fodt)"),
  FODP("OpenDocument flat XML presentation (fodp)");

  private final String description;

  FileType(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
