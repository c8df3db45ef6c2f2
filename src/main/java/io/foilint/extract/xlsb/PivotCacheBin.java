package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A binary pivot cache part: the definition ({@code pivotCacheDefinitionN.bin}, whose shared
 * items are the distinct source values even when records are not saved) or the records
 * ({@code pivotCacheRecordsN.bin}, the source rows). Counts items and records and streams the
 * text items (BrtPCDIString, BrtPCDIAString) as a PIVOT_CACHE table, one row per item.
 * Values packed inside compact BrtPCRRecord records are counted but not decoded.
 */
final class PivotCacheBin {

  int sharedItems;
  int records;
  int textItems;
  long bytes;

  static PivotCacheBin read(
      InputStream in, String partName, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    PivotCacheBin cache = new PivotCacheBin();
    XlsbRecordReader reader = new XlsbRecordReader(in, partName);
    boolean tableOpen = false;
    while (reader.next()) {
      XlsbRecord r = reader.record();
      cache.bytes += r.length();
      int type = r.type();
      if (type >= RecordTypes.PCDI_MISSING && type <= RecordTypes.PCDI_DATETIME) {
        cache.sharedItems++;
      } else if (type == RecordTypes.PCR_RECORD || type == RecordTypes.PCR_RECORD_DT) {
        cache.records++;
        if (cache.records % 2_000 == 0) {
          context.checkDeadline();
        }
      }
      if (type == RecordTypes.PCDI_STRING || type == RecordTypes.PCDIA_STRING) {
        String value = r.wideString();
        if (!value.isEmpty()) {
          if (!tableOpen) {
            out.startTable(new TableStart(
                TableOrigin.PIVOT_CACHE, partName, Location.of(partName), Visibility.PIVOT_CACHE));
            tableOpen = true;
          }
          String ref = "item " + (cache.textItems + 1);
          out.row(new Row(cache.textItems, Visibility.PIVOT_CACHE,
              List.of(new Cell(ref, 0, value, Visibility.PIVOT_CACHE))));
          cache.textItems++;
        }
      }
    }
    if (tableOpen) {
      out.endTable();
    }
    return cache;
  }
}
