package io.foilint.cli;

import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.RuleInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code foilint rules} — list every rule with its default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules foilint applies.")
final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int width = BuiltInDetectors.rules().stream().mapToInt(r -> r.id().length()).max().orElse(1);
    for (RuleInfo r : BuiltInDetectors.rules()) {
      out.printf("%-" + width + "s  %-7s %s%n", r.id(), r.severity().id(), r.summary());
    }
    out.printf("%nEach rule is explained in docs/rules/<id>.md.%n");
    out.flush();
    return ExitCodes.OK;
  }
}
