package io.foilint.extract.ods;

/** OpenDocument namespace URIs (matched by URI, never by prefix, which a writer may choose freely). */
final class Odf {

  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
  static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
  static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
  static final String PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";
  /** LibreOffice's extension namespace: Impress writes slide comments as officeooo:annotation. */
  static final String OFFICEOOO = "http://openoffice.org/2009/office";

  static final String SPREADSHEET_MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
  /** Text documents, templates (text-template), master documents (text-master) and web pages (text-web). */
  static final String TEXT_MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
  /** Presentations and presentation templates (presentation-template). */
  static final String PRESENTATION_MEDIA_TYPE = "application/vnd.oasis.opendocument.presentation";

  private Odf() {}
}
