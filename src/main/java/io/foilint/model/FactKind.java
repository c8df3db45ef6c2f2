package io.foilint.model;

/**
 * Structural facts an extractor can report. Each names a place where a file keeps something
 * other than its visible grid or page.
 */
public enum FactKind {
  /** A pivot cache definition. attrs: source (range or connection), refreshedBy, sharedItems (count), records (count), saveData. */
  PIVOT_CACHE,
  /** A pivot table part (the visible pivot) referring to a cache. attrs: cache. */
  PIVOT_TABLE,
  /** Power Pivot data model (xl/model/item.data). attrs: bytes. */
  DATA_MODEL,
  /** A link to another workbook. value = target path or URL. attrs: cachedCells (count), sheets. */
  EXTERNAL_LINK,
  /** A chart. attrs: cachedPoints (count), externalData (embedded workbook part). */
  CHART,
  /** A comment author or a person in the persons part. value = display name. attrs: userId, provider. */
  COMMENT_AUTHOR,
  /** A document property. name = property (creator, lastModifiedBy, Company, TitlesOfParts, custom:...), value = its value. */
  DOCUMENT_PROPERTY,
  /** A path the file was saved from (x15ac:absPath) or that a header field reveals. value = path. */
  SAVE_PATH,
  /** A custom XML part. name = part. attrs: bytes, rootElement. */
  CUSTOM_XML_PART,
  /** A defined name. name = the name, value = what it refers to. attrs: hidden (true/false), refersToHiddenSheet, external, builtin. */
  DEFINED_NAME,
  /** A data connection or query. name = connection name, value = connection string / command (may hold server names, SQL). attrs: type, server, command. */
  DATA_CONNECTION,
  /** Power Query (DataMashup) M code. value = part name. attrs: bytes. */
  POWER_QUERY,
  /** A VBA project. attrs: bytes, modules. */
  VBA_PROJECT,
  /** An Excel 4 (XLM) macro sheet. name = sheet name. attrs: state. */
  XLM_MACRO_SHEET,
  /** An embedded object or package. name = part/storage, value = its type. attrs: bytes, scanned (true if recursed into), storage (OLE storage), unreferenced (true when nothing shows it). */
  EMBEDDED_OBJECT,
  /** A shared-workbook revision log. name = part. attrs: changes (count), users. */
  REVISION_LOG,
  /** A data-validation list. name = range it applies to, value = the list or formula. */
  DATA_VALIDATION_LIST,
  /** A slicer or timeline cache. name = part. */
  SLICER_CACHE,
  /** An autofilter. name = sheet, value = range. attrs: hiddenRows (count). */
  AUTOFILTER,
  /** The file was encrypted and opened with a default password. value = scheme. */
  ENCRYPTED_DEFAULT_PASSWORD,
  /** A thumbnail picture of the first page/sheet. name = part. */
  THUMBNAIL,
  /**
   * A hint the extractor could not fully interpret (e.g. an unknown part). name = part, value = why.
   * attrs: sentence (true when value is a whole sentence for the officer), pictures (true for
   * pictures not read), block (true when it must block).
   */
  UNINSPECTED_PART,
  /**
   * A redaction marked but never applied (a PDF /Redact annotation): the content under it is still
   * in the file. location = page, name = annotation rectangle, value = the overlay text if any.
   */
  UNAPPLIED_REDACTION,
  /**
   * A dark, opaque highlight or filled square annotation laid over page text as a black-out; the
   * text is still on the page. location = page and annotation box, name = subtype, value = the
   * text under it. attrs: colour, author.
   */
  DARK_MARKUP,
  /**
   * How many revisions a PDF holds (each incremental save appends one; earlier ones stay in the
   * file). value = count. attrs: compared (earlier revisions read), changedPages (e.g. "revision
   * 1: pages 1, 3"), unreadable (earlier revisions that could not be opened), capped (true when
   * only the last revisions were compared).
   */
  PDF_REVISIONS,
  /**
   * A PDF form field. name = fully qualified field name, value = its value (may be personal).
   * attrs: type (text, checkbox, radio, button, choice, signature, xfa), hidden (true when every
   * widget is hidden or not shown), page (1-based, when known).
   */
  FORM_FIELD,
  /**
   * An action a PDF runs or offers. name = trigger (e.g. "OpenAction", "page 2 link",
   * "document JavaScript 'init'"), value = action type (JavaScript, Launch, URI, SubmitForm, ...).
   * attrs: target (URI or file, masked before display), scriptBytes (JavaScript length).
   */
  PDF_ACTION,
  /**
   * An optional-content group (layer) of a PDF. name = layer name, value = "on" or "off" in the
   * default view. attrs: used (true when page content draws on it), hasText (true when it draws
   * text), pages (where).
   */
  PDF_LAYER,
  /**
   * Tracked changes in a Word story part that were never accepted or rejected. name = part.
   * attrs: insertions, deletions, moves, formatting (counts), authors ("|"-joined, raw).
   */
  TRACKED_CHANGES,
  /**
   * A sender or recipient of an e-mail (issue 10). location = message headers, name = role
   * (from, sender, to, cc, bcc, reply-to), value = "Display Name <address>". attrs: role, name,
   * address (each may be empty but not both).
   */
  EMAIL_ADDRESS,
  /**
   * Where a picture was taken: the GPS position in its EXIF/XMP metadata. location = the
   * picture (its part inside a package), value = "latitude, longitude" in decimal degrees.
   * attrs: latitude, longitude, format (JPEG, PNG …).
   */
  IMAGE_LOCATION,
  /**
   * A picture shown cropped (DrawingML {@code a:srcRect}): the file keeps the whole picture, the
   * cropped-away part too. location = where it is shown (paragraph, sheet), ref/name = the
   * picture's name. value = the crop in words. attrs: left, top, right, bottom (percent of the
   * picture cut off each side), target (the picture part, when known).
   */
  CROPPED_IMAGE
}
