package io.foilint.detect.structure;

import io.foilint.model.TableOrigin;

/** Which tables belong to which rules. */
final class Origins {

  private Origins() {}

  /**
   * Tables copied out of the grid into caches and logs are the business of the cache rules
   * (pivot-cache, external-link, chart-cache, revision-log) only; grid rules skip them.
   */
  static boolean isCache(TableOrigin origin) {
    return origin == TableOrigin.PIVOT_CACHE
        || origin == TableOrigin.EXTERNAL_LINK_CACHE
        || origin == TableOrigin.CHART_CACHE
        || origin == TableOrigin.REVISION_LOG;
  }
}
