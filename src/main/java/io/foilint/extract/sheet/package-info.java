/**
 * What the four spreadsheet readers (xlsx, xlsb, xls, ods) decide the same way: A1 references
 * ({@link io.foilint.extract.sheet.CellRefs}), number formats that display nothing
 * ({@link io.foilint.extract.sheet.BlankNumberFormat}), text coloured like its background
 * ({@link io.foilint.extract.sheet.TextContrast}, {@link io.foilint.extract.sheet.Rgb}) and the
 * state of a row or column ({@link io.foilint.extract.sheet.LineState}). Each reader only turns
 * its own bytes into the inputs; the judgement is made here once, so the same content gets the
 * same visibility in every format.
 */
package io.foilint.extract.sheet;
