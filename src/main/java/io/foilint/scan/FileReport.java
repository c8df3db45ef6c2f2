package io.foilint.scan;

import io.foilint.detect.Finding;
import io.foilint.model.FileType;
import io.foilint.verdict.Verdict;
import java.util.List;

/**
 * The outcome for one input file (a file given, found in a directory, or an entry of a zip
 * bundle). Findings of documents embedded in it belong here, located by inner path.
 *
 * @param path the path as given, with {@code !/} before a zip entry's inner path
 * @param type the format the content turned out to be
 * @param verdict PASS, REVIEW or BLOCK after policy
 * @param findings after policy, in report order
 */
public record FileReport(String path, FileType type, Verdict verdict, List<Finding> findings) {

  public FileReport {
    findings = List.copyOf(findings);
  }
}
