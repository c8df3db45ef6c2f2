package io.foilint.scan;

import io.foilint.verdict.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything one scan produced: the overall verdict is the worst file's.
 *
 * @param run when and on what the scan ran; {@link Run#UNKNOWN} when the caller did not say
 */
public record ScanReport(String toolVersion, List<FileReport> files, Run run) {

  /**
   * When and on what a scan ran, for the reports' run header.
   *
   * @param rulesVersion what the verdicts were judged by (tool version and a digest of rules,
   *     policy and limits, as the results store keys results); empty when not known
   * @param startedAt when the scan started; null when not known
   * @param duration how long it took; null when not known
   * @param inputs the paths given, as given
   */
  public record Run(String rulesVersion, Instant startedAt, Duration duration, List<String> inputs) {

    public static final Run UNKNOWN = new Run("", null, null, List.of());

    public Run {
      rulesVersion = rulesVersion == null ? "" : rulesVersion;
      inputs = List.copyOf(inputs);
    }

    /**
     * A run that started at {@code startedAt} and ends now by {@code clock}: tests and goldens pass
     * a fixed clock, so no report depends on the time of day.
     */
    public static Run ended(String rulesVersion, Instant startedAt, Clock clock, List<String> inputs) {
      return new Run(rulesVersion, startedAt, Duration.between(startedAt, clock.instant()), inputs);
    }
  }

  public ScanReport {
    files = List.copyOf(files);
    run = run == null ? Run.UNKNOWN : run;
  }

  /** A report without run details (library callers, stored results). */
  public ScanReport(String toolVersion, List<FileReport> files) {
    this(toolVersion, files, Run.UNKNOWN);
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
