package io.foilint.cli;

import io.foilint.extract.Limits;
import io.foilint.gate.PiiBadger;
import io.foilint.verdict.Policy;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code foilint pii-badger --file PATH} — WhatDoTheyKnow's attachment screening command
 * ({@link PiiBadger}). Exit 0 whenever the JSON object was written, also when the file is held.
 */
@Command(
    name = "pii-badger",
    mixinStandardHelpOptions = true,
    description = {
      "Screen one file for WhatDoTheyKnow (Alaveteli's EXCEL_ANALYZER_PII_BADGER_COMMAND):",
      "prints one JSON object {\"potential_pii_leaks\": [...]} on standard output, an entry per",
      "finding that should hold the file (every BLOCK, and REVIEW findings about people).",
      "Exit 0 whenever the object was printed; 2 if it could not be."
    })
final class PiiBadgerCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "PATH", description = "the file to screen")
  Path file;

  @CommandLine.Mixin PolicyOption policyOption;

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    Policy policy = policyOption.load(cl);
    List<PiiBadger.Leak> leaks;
    // Alaveteli parses the whole of standard output as JSON: anything a library prints while the
    // file is read goes to standard error instead
    PrintStream stdout = System.out;
    System.setOut(System.err);
    try {
      leaks = new PiiBadger(Limits.DEFAULT, policy).leaks(file);
    } finally {
      System.setOut(stdout);
    }
    PiiBadger.write(leaks, cl.getOut());
    return cl.getOut().checkError() ? ExitCodes.ERROR : ExitCodes.OK;
  }
}
