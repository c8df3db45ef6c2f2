/**
 * The neutral content model: what extractors report and detectors consume. No POI, PDFBox, Tika
 * or OpenCSV type crosses it.
 */
package io.foilint.model;
