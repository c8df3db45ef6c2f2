package io.foilint.scan;

import io.foilint.detect.Evidence;
import io.foilint.detect.Finding;
import io.foilint.model.FileType;
import io.foilint.verdict.Verdict;
import java.util.List;

/**
 * The outcome for one input file (a file given, found in a directory, or an entry of a zip
 * bundle). Findings of documents embedded in it belong here, located by inner path.
 *
 * <p>A report never holds a personal name in clear: names inside the file (a zip entry's inner
 * path, and every finding's location and message) pass through {@link Evidence#maskNames} here,
 * the one place every file's outcome goes through before any reporter or library caller sees
 * it. The path of the file on disk, before the first {@code !/}, is the user's own and is kept.
 *
 * @param path the path as given, with {@code !/} before a zip entry's inner path (masked where it
 *     names a person)
 * @param type the format the content turned out to be
 * @param verdict PASS, REVIEW or BLOCK after policy
 * @param findings after policy, in report order
 * @param size the file's size in bytes (for a bundle entry: unpacked); -1 when not known (it
 *     could not be read, or the result came from a results store)
 * @param sha256 the file's SHA-256 in lower-case hex, as waivers name files; null when not known
 */
public record FileReport(
    String path, FileType type, Verdict verdict, List<Finding> findings, long size, String sha256) {

  /** A report without the file's size and hash (a stored result, a file that could not be read). */
  public FileReport(String path, FileType type, Verdict verdict, List<Finding> findings) {
    this(path, type, verdict, findings, -1, null);
  }

  /** How completely foilint could look inside the file, from its inspection findings. */
  public Inspection inspection() {
    return Inspection.of(findings);
  }

  public FileReport {
    int inner = path.indexOf("!/");
    if (inner >= 0) {
      path = path.substring(0, inner + 2) + Evidence.maskInnerPath(path.substring(inner + 2));
    }
    findings = findings.stream().map(Evidence::maskNames).toList();
  }
}
