package io.foilint.model;

/**
 * Opens a table: rows follow until the matching {@link ContentHandler#endTable()}.
 *
 * @param origin sheet, pivot cache, external-link cache, ...
 * @param name the sheet or cache name as a reader would call it
 * @param location where the table lives (place = sheet name or part name)
 * @param visibility the table as a whole (e.g. HIDDEN_SHEET, PIVOT_CACHE); cells may add their own
 */
public record TableStart(TableOrigin origin, String name, Location location, Visibility visibility) {}
