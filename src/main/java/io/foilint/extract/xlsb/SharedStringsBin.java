package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared string table ({@code xl/sharedStrings.bin}). Held whole, as every streaming
 * spreadsheet reader does: cells refer to it by index in any order.
 */
final class SharedStringsBin {

  static final SharedStringsBin EMPTY = new SharedStringsBin(List.of(), "");

  private final List<String> strings;
  private final String partName;

  private SharedStringsBin(List<String> strings, String partName) {
    this.strings = strings;
    this.partName = partName;
  }

  String get(long index, String sheet, String ref) throws ExtractionException {
    if (index < 0 || index >= strings.size()) {
      throw new ExtractionException(
          Reason.CORRUPT,
          "Cell " + ref + " on sheet " + sheet + " points at shared string " + index + ", but "
              + (partName.isEmpty() ? "the file has no shared string table"
                  : partName + " holds only " + strings.size())
              + ": the file is damaged.");
    }
    return strings.get((int) index);
  }

  static SharedStringsBin read(InputStream in, String partName) throws IOException, ExtractionException {
    List<String> strings = new ArrayList<>();
    XlsbRecordReader reader = new XlsbRecordReader(in, partName);
    while (reader.next()) {
      if (reader.type() == RecordTypes.SST_ITEM) {
        strings.add(reader.record().richString());
      }
    }
    return new SharedStringsBin(strings, partName);
  }
}
