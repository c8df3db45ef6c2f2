package io.foilint.cli;

import io.foilint.detect.BuiltInDetectors;
import io.foilint.verdict.Policy;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --policy FILE}, shared by every command that judges files. */
final class PolicyOption {

  @Option(names = "--policy", paramLabel = "FILE", description = "JSON or YAML file changing rule severities")
  Path policyFile;

  /** The policy the option names, or the default; a policy that cannot be read is a usage error. */
  Policy load(CommandLine cl) {
    if (policyFile == null) {
      return Policy.DEFAULT;
    }
    try {
      return Policy.load(policyFile, BuiltInDetectors.rules());
    } catch (Policy.PolicyException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }
}
