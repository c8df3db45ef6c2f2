package io.foilint.report;

/**
 * A report path split into the file on disk and, for an entry of a zip bundle, the entry's inner
 * path: {@code bundle.zip!/FOI/annex.xlsx} is file {@code bundle.zip}, entry {@code FOI/annex.xlsx}.
 *
 * @param file the path of the file on disk, as given to the scan
 * @param entry the inner path inside the bundle, or empty for a file scanned directly
 */
record BundlePath(String file, String entry) {

  private static final String SEPARATOR = "!/";

  /**
   * Splits at the first {@code !/}: the scan engine joins a bundle and its entries with it, and a
   * path on disk cannot hold it unless a directory's name ends in {@code !}, which this accepts
   * as a limit.
   */
  static BundlePath parse(String path) {
    int at = path.indexOf(SEPARATOR);
    if (at < 0) {
      return new BundlePath(path, "");
    }
    return new BundlePath(path.substring(0, at), path.substring(at + SEPARATOR.length()));
  }

  boolean isBundleEntry() {
    return !entry.isEmpty();
  }
}
