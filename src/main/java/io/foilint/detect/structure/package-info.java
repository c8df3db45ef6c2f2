/**
 * Structural detectors: one class per place where a spreadsheet keeps content a reader does not
 * see (hidden sheets, rows and columns, caches, comments, properties, macros, ...). They judge the
 * neutral content events and report masked findings; they never keep rows.
 */
package io.foilint.detect.structure;
