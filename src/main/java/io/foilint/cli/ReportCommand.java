package io.foilint.cli;

import io.foilint.FoiLint;
import io.foilint.scan.ScanReport;
import io.foilint.store.ResultStore;
import io.foilint.store.StoreFilter;
import io.foilint.store.StoreQuery;
import io.foilint.store.StoreViews;
import io.foilint.store.Summary;
import io.foilint.verdict.Verdict;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code foilint report} — reports from a results store written by {@code scan --store}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Report from a results store written by 'foilint scan --store': the files with their findings,",
      "a take-down list (files that BLOCK, oldest first) or a summary by folder and by year.",
      "Exit 0: the report was written; 2: usage error or the store cannot be read."
    })
final class ReportCommand implements Callable<Integer> {

  /** What to show. */
  enum View {
    files,
    takedown,
    summary
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", required = true, paramLabel = "PATH|URL",
      description = "the SQLite file or jdbc:postgresql:// URL given to 'scan --store'")
  String store;

  @Option(names = "--view", defaultValue = "files",
      description = "files (every file with its findings, as 'scan' reports them), takedown or summary"
          + " (default: ${DEFAULT-VALUE})")
  View view;

  @Option(names = "--format", defaultValue = "text",
      description = "text, json, sarif, html, csv or csv-summary for files; text, json or csv for takedown and summary"
          + " (default: ${DEFAULT-VALUE})")
  ScanCommand.Format format;

  @Option(names = "--verdict", paramLabel = "VERDICT", description = "only files with this verdict: block, review or pass")
  String verdict;

  @Option(names = "--rule", paramLabel = "ID", description = "only files with a finding of this rule, and only those findings")
  String rule;

  @Option(names = "--since", paramLabel = "DATE",
      description = "only files last modified on or after this day, YYYY-MM-DD (UTC)")
  String since;

  @Option(names = "--path-prefix", paramLabel = "P", description = "only files whose path starts with P")
  String pathPrefix;

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    StoreFilter filter = new StoreFilter(verdict(cl), rule, since(cl), pathPrefix);
    StoreViews.Format viewFormat = null;
    if (view != View.files) {
      try {
        viewFormat = StoreViews.Format.valueOf(format.name());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cl, "--view " + view + " is written as text, json or csv, not " + format);
      }
    }
    if (!store.startsWith("jdbc:") && !Files.isRegularFile(Path.of(store))) {
      throw new CommandLine.ParameterException(cl, "No results store at " + store + " (write one with 'foilint scan --store')");
    }
    PrintWriter out = cl.getOut();
    try (ResultStore db = ResultStore.open(store)) {
      StoreQuery query = new StoreQuery(db);
      switch (view) {
        case files -> {
          List<StoreQuery.StoredFile> files = query.files(filter);
          format.reporter().write(new ScanReport(FoiLint.version(), files.stream().map(StoreQuery.StoredFile::report).toList()), out);
        }
        case takedown -> StoreViews.takedown(query.takedown(filter), viewFormat, out);
        case summary -> StoreViews.summary(Summary.of(query.files(filter)), viewFormat, out);
      }
    } catch (ResultStore.StoreException e) {
      cl.getErr().println("foilint: " + e.getMessage());
      cl.getErr().flush();
      return ExitCodes.ERROR;
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Verdict verdict(CommandLine cl) {
    if (verdict == null) {
      return null;
    }
    try {
      return Verdict.valueOf(verdict.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--verdict must be block, review or pass, not '" + verdict + "'");
    }
  }

  private LocalDate since(CommandLine cl) {
    if (since == null) {
      return null;
    }
    try {
      return LocalDate.parse(since);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(cl, "--since must be a date written YYYY-MM-DD, not '" + since + "'");
    }
  }
}
