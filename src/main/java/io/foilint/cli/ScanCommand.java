package io.foilint.cli;

import io.foilint.FoiLint;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.extract.Limits;
import io.foilint.report.CsvReporter;
import io.foilint.report.HtmlReporter;
import io.foilint.report.JsonReporter;
import io.foilint.report.Reporter;
import io.foilint.report.SarifReporter;
import io.foilint.report.TextReporter;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.scan.ScanReport;
import io.foilint.store.ResultStore;
import io.foilint.store.StoreRun;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code foilint scan} — inspect files, directories and zip bundles and give verdicts. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Inspect files, directories (recursively) and zip bundles.",
      "Exit 0: no file BLOCKs; 1: a file BLOCKs (or REVIEWs with --fail-on review);",
      "2: usage error, internal failure, or no file could be inspected."
    })
final class ScanCommand implements Callable<Integer> {

  /** Report formats; each maps to one {@link Reporter}. */
  enum Format {
    text,
    json,
    sarif,
    html,
    csv;

    Reporter reporter() {
      return switch (this) {
        case text -> new TextReporter();
        case json -> new JsonReporter();
        case sarif -> new SarifReporter();
        case html -> new HtmlReporter();
        case csv -> new CsvReporter();
      };
    }
  }

  enum FailOn {
    block,
    review
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text, json, sarif, html or csv (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--policy", paramLabel = "FILE", description = "JSON or YAML file changing rule severities")
  Path policyFile;

  @Option(names = "--fail-on", defaultValue = "block", description = "block or review (default: ${DEFAULT-VALUE})")
  FailOn failOn;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
      description = "time limit per input file in seconds, a zip bundle with everything in it included"
          + " (default: ${DEFAULT-VALUE}); a file over it is BLOCK")
  long timeLimitSeconds;

  @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "512",
      description = "largest file inspected, in MB (default: ${DEFAULT-VALUE}); a larger file is BLOCK")
  long maxFileMb;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "files scanned at once (default: the number of processors, here ${DEFAULT-VALUE});"
          + " the report is the same, in the same order, whatever N is")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--store", paramLabel = "PATH|URL",
      description = "write every file's result to a results store as it finishes: an SQLite file, or a"
          + " jdbc:postgresql:// URL; a re-run skips files already stored with the same content and rules"
          + " (see README, Batch scans)")
  String store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories or zip bundles")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new CommandLine.ParameterException(cl, "No such file or directory: " + p);
      }
    }
    if (timeLimitSeconds <= 0 || maxFileMb <= 0 || jobs <= 0) {
      throw new CommandLine.ParameterException(cl, "--time-limit, --max-file-size and --jobs must be positive");
    }
    Policy policy = Policy.DEFAULT;
    if (policyFile != null) {
      try {
        policy = Policy.load(policyFile, BuiltInDetectors.rules());
      } catch (Policy.PolicyException e) {
        throw new CommandLine.ParameterException(cl, e.getMessage());
      }
    }
    Limits limits =
        Limits.DEFAULT
            .withTimePerFile(Duration.ofSeconds(timeLimitSeconds))
            .withMaxFileBytes(maxFileMb * 1024 * 1024);
    List<FileReport> files = new ArrayList<>();
    ScanEngine engine = new ScanEngine(limits, policy, jobs);
    int inspected;
    if (store == null) {
      inspected = engine.scan(paths, files::add);
    } else {
      try (StoreRun run = StoreRun.attach(store, engine, FoiLint.version(), policy, limits)) {
        inspected = engine.scan(paths, files::add);
        run.summary(cl.getErr());
      } catch (ResultStore.StoreException e) {
        cl.getErr().println("foilint: " + e.getMessage());
        cl.getErr().flush();
        return ExitCodes.ERROR;
      }
    }
    ScanReport report = new ScanReport(FoiLint.version(), files);
    Reporter reporter = format.reporter();
    PrintWriter out = cl.getOut();
    reporter.write(report, out);
    out.flush();
    if (inspected == 0) {
      // An empty folder, only special files, nothing readable: nothing was checked, so nothing
      // can be cleared. Not PASS.
      cl.getErr().println(
          "foilint: no file was inspected (the input holds no regular file foilint could read);"
              + " nothing can be cleared");
      cl.getErr().flush();
      return ExitCodes.NOTHING_INSPECTED;
    }
    Verdict worst = report.verdict();
    boolean fail = worst == Verdict.BLOCK || (failOn == FailOn.review && worst == Verdict.REVIEW);
    return fail ? ExitCodes.FAIL : ExitCodes.OK;
  }
}
