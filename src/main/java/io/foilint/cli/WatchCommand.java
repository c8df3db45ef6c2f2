package io.foilint.cli;

import io.foilint.extract.Limits;
import io.foilint.gate.WatchFolder;
import io.foilint.scan.ScanEngine;
import io.foilint.verdict.Policy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code foilint watch OUTBOX --release READY --hold HELD} — a "ready to send" folder ({@link WatchFolder}). */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Watch a folder: each file dropped into OUTBOX is scanned once its writes have settled;",
      "PASS files move to --release, REVIEW and BLOCK files to --hold with their reports",
      "(name.foilint.txt, name.foilint.json) beside them. One line per file on standard error.",
      "A file is never lost or half-moved: a crash leaves it in OUTBOX, or a state the next start resolves."
    })
final class WatchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTBOX", description = "the folder files are dropped into")
  Path outbox;

  @Option(names = "--release", required = true, paramLabel = "READY", description = "where PASS files go")
  Path release;

  @Option(names = "--hold", required = true, paramLabel = "HELD", description = "where REVIEW and BLOCK files go, with their reports")
  Path hold;

  @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "2",
      description = "a file is scanned when its size and time have not changed for this long, in"
          + " seconds, decimals allowed (default: ${DEFAULT-VALUE})")
  double settleSeconds;

  @Option(names = "--once", description = "handle the files in OUTBOX now and exit (for cron and scripts)")
  boolean once;

  @CommandLine.Mixin PolicyOption policyOption;

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    if (settleSeconds < 0) {
      throw new CommandLine.ParameterException(cl, "--settle must be 0 or more");
    }
    Policy policy = policyOption.load(cl);
    PrintWriter err = cl.getErr();
    WatchFolder watch;
    try {
      watch = new WatchFolder(outbox, release, hold, Duration.ofMillis(Math.round(settleSeconds * 1000)),
          new ScanEngine(Limits.DEFAULT, policy), line -> {
            err.println(line);
            err.flush();
          });
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    if (once) {
      int moved = watch.once();
      err.println("foilint watch: " + moved + " file(s) moved");
      err.flush();
    } else {
      err.println("foilint watch: watching " + outbox + " (Ctrl+C to stop)");
      err.flush();
      watch.run(() -> true);
    }
    return ExitCodes.OK;
  }
}
