/**
 * Extractors: one per format family, the only code that imports POI, PDFBox, Tika or OpenCSV.
 * They turn files into {@link io.foilint.model.ContentHandler content events}.
 */
package io.foilint.extract;
