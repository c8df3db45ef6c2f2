package io.foilint.store;

import io.foilint.scan.FileReport;
import java.util.List;

/**
 * One top-level input's results, as they are written in one transaction.
 *
 * @param path the input's path as the scan shows it (the store's key, with the rules version and hash)
 * @param facts size, hash and last-modified time read before the scan
 * @param rulesVersion see {@link RulesVersion}
 * @param scannedAt when the scan ended, ISO-8601 UTC to the second
 * @param durationMillis how long the input took, everything in it included
 * @param inspected files opened and inspected (the input, or each entry of a bundle)
 * @param reports every report of the input, in scan order
 */
public record InputRecord(
    String path, FileFacts facts, String rulesVersion, String scannedAt, long durationMillis, int inspected,
    List<FileReport> reports) {

  public InputRecord {
    reports = List.copyOf(reports);
  }
}
