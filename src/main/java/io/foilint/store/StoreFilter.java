package io.foilint.store;

import io.foilint.verdict.Verdict;
import java.time.LocalDate;

/**
 * Which stored files a report shows; a null part does not filter.
 *
 * @param verdict only files with this verdict
 * @param rule only files with a finding of this rule, and only those findings
 * @param since only files last modified on or after this day (UTC)
 * @param pathPrefix only files whose path starts with this text
 */
public record StoreFilter(Verdict verdict, String rule, LocalDate since, String pathPrefix) {

  public static final StoreFilter ALL = new StoreFilter(null, null, null, null);

  boolean keeps(String path, String modifiedAt) {
    if (pathPrefix != null && !path.startsWith(pathPrefix)) {
      return false;
    }
    // ISO-8601 text compares as time; compared here, not in SQL, where collations differ
    return since == null || (modifiedAt != null && modifiedAt.compareTo(since.toString()) >= 0);
  }
}
