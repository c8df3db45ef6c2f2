package io.foilint.detect.structure;

import io.foilint.model.Location;
import java.util.Locale;

/**
 * Joins a part's fact with the cache tables read from the same part (or its companion part:
 * {@code pivotCacheRecords1.xml} belongs to {@code pivotCacheDefinition1.xml}), so one cache gives
 * one finding.
 */
final class PartKey {

  private PartKey() {}

  static String of(Location location) {
    String place = location.place().toLowerCase(Locale.ROOT).replace("records", "definition");
    return location.container() + "\u0000" + place;
  }
}
