package io.foilint.scan;

import io.foilint.verdict.Verdict;
import java.util.List;

/** Everything one scan produced: the overall verdict is the worst file's. */
public record ScanReport(String toolVersion, List<FileReport> files) {

  public ScanReport {
    files = List.copyOf(files);
  }

  public Verdict verdict() {
    Verdict v = Verdict.PASS;
    for (FileReport f : files) {
      v = v.max(f.verdict());
    }
    return v;
  }

  public long count(Verdict v) {
    return files.stream().filter(f -> f.verdict() == v).count();
  }
}
