package io.foilint.cli;

import io.foilint.FoiLint;
import io.foilint.extract.TempFiles;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code foilint} — the command-line gate. */
@Command(
    name = "foilint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Checks files before an FOI disclosure for data a reader cannot see.",
    subcommands = {ScanCommand.class, ReportCommand.class, RulesCommand.class, ServeCommand.class,
      PiiBadgerCommand.class, WatchCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: scan, report, rules, serve, pii-badger or watch");
  }

  /** Builds the command line with foilint's exit-code conventions (2 for usage and internal errors). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // reports are UTF-8 on standard output too, whatever the platform charset (a Windows console's
    // code page would turn masked names and sheet names into question marks)
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.registerConverter(ScanCommand.Format.class, ScanCommand.Format::parse);
    cl.setExitCodeExceptionMapper(e -> ExitCodes.ERROR);
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("foilint: internal error: " + e);
          return ExitCodes.ERROR;
        });
    cl.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine cmd = e.getCommandLine();
          cmd.getErr().println("foilint: " + e.getMessage());
          cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.ERROR;
        });
    return cl;
  }

  public static void main(String[] args) {
    int exit;
    try {
      exit = commandLine().execute(args);
    } finally {
      // the copies unpacked during the scan may hold personal data; SIGTERM/SIGINT are covered
      // by the shutdown hook TempFiles registers, a killed run by the next start
      TempFiles.cleanUp();
    }
    System.exit(exit);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"foilint " + FoiLint.version()};
    }
  }
}
