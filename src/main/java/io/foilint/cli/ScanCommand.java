package io.foilint.cli;

import io.foilint.FoiLint;
import io.foilint.extract.Limits;
import io.foilint.report.CsvReporter;
import io.foilint.report.CsvSummaryReporter;
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
import io.foilint.store.RulesVersion;
import io.foilint.store.StoreRun;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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

  /** Report formats; each maps to one {@link Reporter} and a file-name ending for --output-dir. */
  enum Format {
    text("text", ".txt"),
    json("json", ".json"),
    sarif("sarif", ".sarif"),
    html("html", ".html"),
    csv("csv", ".csv"),
    csvSummary("csv-summary", ".summary.csv"),
    jsonl("jsonl", ".jsonl");

    private final String id;
    private final String ending;

    Format(String id, String ending) {
      this.id = id;
      this.ending = ending;
    }

    /** The name on the command line ({@code csv-summary}). */
    String id() {
      return id;
    }

    /** {@code <base><ending>} is the file a format is written to under --output-dir. */
    String ending() {
      return ending;
    }

    static Format parse(String s) {
      for (Format f : values()) {
        if (f.id.equalsIgnoreCase(s.strip())) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("'" + s + "' is not a report format: "
          + java.util.Arrays.stream(values()).map(Format::id).toList());
    }

    Reporter reporter() {
      return reporter(SarifReporter.DEFAULT_DOCS_URL);
    }

    Reporter reporter(String docsUrl) {
      return switch (this) {
        case text -> new TextReporter();
        case json -> new JsonReporter();
        case sarif -> new SarifReporter(docsUrl);
        case html -> new HtmlReporter();
        case csv -> new CsvReporter();
        case csvSummary -> new CsvSummaryReporter();
        case jsonl -> new JsonLinesReporter();
      };
    }

    @Override
    public String toString() {
      return id;
    }
  }

  enum FailOn {
    block,
    review
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", split = ",", paramLabel = "FORMAT[,FORMAT...]",
      description = "text, json, sarif, html, csv, csv-summary (one row per file) or jsonl (one line"
          + " per file, written as files finish); several at once with --output-dir"
          + " (default: ${DEFAULT-VALUE})")
  List<Format> formats = new ArrayList<>();

  @CommandLine.Mixin PolicyOption policyOption;

  @Option(names = "--fail-on", defaultValue = "block", description = "block or review (default: ${DEFAULT-VALUE})")
  FailOn failOn;

  @CommandLine.Mixin LimitOptions limitOptions;

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
      description = "write the report to FILE instead of standard output (UTF-8)")
  Path output;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "write each --format to DIR/<base><ending>: .txt, .json, .sarif, .html, .csv,"
          + " .summary.csv, .jsonl (UTF-8; DIR is created if needed)")
  Path outputDir;

  @Option(names = "--output-name", paramLabel = "BASE", defaultValue = "foilint-report",
      description = "the base name of the files --output-dir writes (default: ${DEFAULT-VALUE})")
  String outputName;

  @Option(names = "--docs-url", paramLabel = "URL", defaultValue = SarifReporter.DEFAULT_DOCS_URL,
      description = "where the rules' pages are published: SARIF's helpUri is URL/<rule>.md"
          + " (default: ${DEFAULT-VALUE})")
  String docsUrl;

  @Option(names = {"-q", "--quiet"},
      description = "no progress on standard error (by default a bar on a terminal, else a line"
          + " every few seconds, and a summary at the end)")
  boolean quiet;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "files, directories or zip bundles")
  List<Path> paths = new ArrayList<>();

  /** The run's start time and duration in reports; tests fix it so no output depends on the time. */
  Clock clock = Clock.systemUTC();

  /** Where each format goes: one Output per format, opened before the scan so errors come first. */
  private List<Output> openOutputs(CommandLine cl) {
    if (formats.isEmpty()) {
      formats.add(Format.text);
    }
    if (formats.size() != formats.stream().distinct().count()) {
      throw new CommandLine.ParameterException(cl, "--format names a format twice: " + formats);
    }
    if (outputDir != null && output != null) {
      throw new CommandLine.ParameterException(cl, "give --output FILE or --output-dir DIR, not both");
    }
    if (formats.size() > 1 && outputDir == null) {
      throw new CommandLine.ParameterException(cl,
          "several formats (" + formats + ") need --output-dir DIR: each is written to a file of its own");
    }
    if (outputDir != null && (outputName.isBlank() || outputName.contains("/") || outputName.contains("\\"))) {
      throw new CommandLine.ParameterException(cl, "--output-name must be a file name without folders");
    }
    if (!docsUrl.startsWith("https://") && !docsUrl.startsWith("http://")) {
      throw new CommandLine.ParameterException(cl, "--docs-url must be an absolute http(s) URL, not '" + docsUrl + "'");
    }
    List<Output> outs = new ArrayList<>();
    try {
      if (outputDir != null) {
        try {
          Files.createDirectories(outputDir);
        } catch (IOException e) {
          throw new CommandLine.ParameterException(cl,
              "Cannot create --output-dir " + outputDir + ": " + e.getClass().getSimpleName());
        }
        for (Format f : formats) {
          outs.add(Output.open(outputDir.resolve(outputName + f.ending()), cl));
        }
      } else {
        outs.add(Output.open(output, cl));
      }
    } catch (RuntimeException e) {
      for (Output o : outs) {
        o.closeQuietly();
      }
      throw e;
    }
    return outs;
  }

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    Instant started = clock.instant();
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
    if (!limitOptions.valid() || jobs <= 0 || workers < 0 || workerHeapMb < 64) {
      throw new CommandLine.ParameterException(cl,
          "--time-limit, --max-file-size and --jobs must be positive, --workers 0 or more and"
              + " --worker-heap at least 64");
    }
    if (workers > 0 && cl.getParseResult().hasMatchedOption("--jobs")) {
      throw new CommandLine.ParameterException(cl,
          "--jobs sets threads in this process; with --workers N, N files are read at once");
    }
    Policy policy = policyOption.load(cl);
    Limits limits = limitOptions.limits();
    Excludes left = new Excludes(excludes);
    int inspected;
    Verdict worst;
    List<Output> outs = openOutputs(cl);
    try (Output.All all = new Output.All(outs);
        Progress progress = Progress.open(quiet, cl.getErr());
        WorkerPool pool = workers > 0 ? new WorkerPool(workers, workerHeapMb, limits, policyOption.policyFile) : null) {
      ScanEngine engine = new ScanEngine(limits, policy, jobs).excluding(left).reportingTo(progress);
      if (pool != null) {
        engine = engine.inWorkers(pool);
      }
      // the results store wraps each input last, around the worker or thread that reads it
      try (StoreRun storeRun = store == null ? null
          : StoreRun.attach(store, engine, FoiLint.version(), policy, limits)) {
        List<FileReport> files = new ArrayList<>();
        Verdict[] worstSoFar = {Verdict.PASS};
        int lines = formats.indexOf(Format.jsonl);
        Writer lineWriter = lines < 0 ? null : outs.get(lines).writer();
        boolean keep = formats.stream().anyMatch(f -> f != Format.jsonl);
        inspected = engine.scan(inputs, r -> {
          progress.reported(r);
          worstSoFar[0] = worstSoFar[0].max(r.verdict());
          if (lineWriter != null) {
            try {
              JsonLinesReporter.line(r, lineWriter);
              lineWriter.flush(); // a batch can be followed while it runs
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          if (keep) {
            files.add(r);
          }
        });
        ScanReport.Run run = ScanReport.Run.ended(
            RulesVersion.of(FoiLint.version(), policy, limits), started, clock,
            inputs.stream().map(Path::toString).toList());
        ScanReport report = new ScanReport(FoiLint.version(), files, run);
        for (int i = 0; i < formats.size(); i++) {
          if (formats.get(i) != Format.jsonl) {
            formats.get(i).reporter(docsUrl).write(report, outs.get(i).writer());
          }
          outs.get(i).writer().flush();
        }
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
