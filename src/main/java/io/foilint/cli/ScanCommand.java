package io.foilint.cli;

import io.foilint.FoiLint;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.extract.Limits;
import io.foilint.report.CsvReporter;
import io.foilint.report.HtmlReporter;
import io.foilint.report.JsonLinesReporter;
import io.foilint.report.JsonReporter;
import io.foilint.report.Reporter;
import io.foilint.report.SarifReporter;
import io.foilint.report.TextReporter;
import io.foilint.scan.Excludes;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.scan.ScanReport;
import io.foilint.scan.WorkerPool;
import io.foilint.store.ResultStore;
import io.foilint.store.StoreRun;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
    csv,
    jsonl;

    Reporter reporter() {
      return switch (this) {
        case text -> new TextReporter();
        case json -> new JsonReporter();
        case sarif -> new SarifReporter();
        case html -> new HtmlReporter();
        case csv -> new CsvReporter();
        case jsonl -> new JsonLinesReporter();
      };
    }
  }

  enum FailOn {
    block,
    review
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text",
      description = "text, json, sarif, html, csv or jsonl (one line per file, written as files"
          + " finish; default: ${DEFAULT-VALUE})")
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

  @Option(names = "--workers", paramLabel = "N",
      description = "read files in N worker processes, each with its own memory (--worker-heap):"
          + " a file that crashes or exhausts its worker is BLOCK and the run goes on. Default 0:"
          + " read in this process on --jobs threads")
  int workers;

  @Option(names = "--worker-heap", paramLabel = "MB", defaultValue = "1024",
      description = "memory limit of each worker process in MB (default: ${DEFAULT-VALUE})")
  int workerHeapMb;

  @Option(names = "--files-from", paramLabel = "LIST",
      description = "also scan the paths listed in LIST, one a line (- for standard input)")
  String filesFrom;

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "leave out files and folders matching GLOB (repeatable): without / it matches"
          + " names (*.tmp), with / the path below the folder scanned (2015/drafts/**)")
  List<String> excludes = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write the report to FILE instead of standard output")
  Path output;

  @Option(names = {"-q", "--quiet"},
      description = "no progress on standard error (by default a bar on a terminal, else a line"
          + " every few seconds, and a summary at the end)")
  boolean quiet;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "files, directories or zip bundles")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new CommandLine.ParameterException(cl, "No such file or directory: " + p);
      }
    }
    List<Path> inputs = new ArrayList<>(paths);
    if (filesFrom != null) {
      inputs.addAll(InputList.read(filesFrom, cl));
    }
    if (inputs.isEmpty() && filesFrom == null) {
      throw new CommandLine.ParameterException(cl, "Missing PATH: give files, folders or --files-from LIST");
    }
    if (timeLimitSeconds <= 0 || maxFileMb <= 0 || jobs <= 0 || workers < 0 || workerHeapMb < 64) {
      throw new CommandLine.ParameterException(cl,
          "--time-limit, --max-file-size and --jobs must be positive, --workers 0 or more and"
              + " --worker-heap at least 64");
    }
    if (workers > 0 && cl.getParseResult().hasMatchedOption("--jobs")) {
      throw new CommandLine.ParameterException(cl,
          "--jobs sets threads in this process; with --workers N, N files are read at once");
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
    Excludes left = new Excludes(excludes);
    int inspected;
    Verdict worst;
    try (Output out = Output.open(output, cl);
        Progress progress = Progress.open(quiet, cl.getErr());
        WorkerPool pool = workers > 0 ? new WorkerPool(workers, workerHeapMb, limits, policyFile) : null) {
      ScanEngine engine = new ScanEngine(limits, policy, jobs).excluding(left).reportingTo(progress);
      if (pool != null) {
        engine = engine.inWorkers(pool);
      }
      // the results store wraps each input last, around the worker or thread that reads it
      try (StoreRun storeRun = store == null ? null
          : StoreRun.attach(store, engine, FoiLint.version(), policy, limits)) {
        List<FileReport> files = new ArrayList<>();
        Verdict[] worstSoFar = {Verdict.PASS};
        Writer w = out.writer();
        inspected = engine.scan(inputs, r -> {
          progress.reported(r);
          worstSoFar[0] = worstSoFar[0].max(r.verdict());
          if (format == Format.jsonl) {
            try {
              JsonLinesReporter.line(r, w);
              w.flush(); // a batch can be followed while it runs
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          } else {
            files.add(r);
          }
        });
        if (format != Format.jsonl) {
          format.reporter().write(new ScanReport(FoiLint.version(), files), w);
        }
        w.flush();
        worst = worstSoFar[0];
        if (pool != null && !quiet) {
          cl.getErr().println("foilint: " + pool.summary());
        }
        if (storeRun != null) {
          storeRun.summary(cl.getErr());
        }
      }
    } catch (ResultStore.StoreException e) {
      cl.getErr().println("foilint: " + e.getMessage());
      cl.getErr().flush();
      return ExitCodes.ERROR;
    }
    return finish(cl, inspected, worst, left);
  }

  private int finish(CommandLine cl, int inspected, Verdict worst, Excludes left) {
    if (left.excluded() > 0 && !quiet) {
      cl.getErr().println("foilint: " + left.excluded() + " file(s) or folder(s) left out by --exclude");
      cl.getErr().flush();
    }
    if (inspected == 0) {
      // An empty folder, only special files, nothing readable: nothing was checked, so nothing
      // can be cleared. Not PASS.
      cl.getErr().println(
          "foilint: no file was inspected (the input holds no regular file foilint could read);"
              + " nothing can be cleared");
      cl.getErr().flush();
      return ExitCodes.NOTHING_INSPECTED;
    }
    boolean fail = worst == Verdict.BLOCK || (failOn == FailOn.review && worst == Verdict.REVIEW);
    return fail ? ExitCodes.FAIL : ExitCodes.OK;
  }
}
