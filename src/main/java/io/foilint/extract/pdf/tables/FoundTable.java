package io.foilint.extract.pdf.tables;

import java.util.List;

/**
 * A table found on a page: its rows top to bottom, each row's cell texts by column (an empty
 * string where a cell is blank), and the box it occupies.
 *
 * @param box where the table sits, in {@link Word} coordinates
 * @param rows rows of cell texts, all of the same width
 * @param ruled true when found from ruling lines (lattice), false when from text alignment (stream)
 */
record FoundTable(Box box, List<List<String>> rows, boolean ruled) {

  FoundTable {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
