package io.foilint.cli;

import io.foilint.extract.Limits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --time-limit} and {@code --max-file-size}, shared by {@code scan} and {@code serve}. */
final class LimitOptions {

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
      description = "time limit per input file in seconds, a zip bundle with everything in it included"
          + " (default: ${DEFAULT-VALUE}); a file over it is BLOCK")
  long timeLimitSeconds;

  @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "512",
      description = "largest file inspected, in MB (default: ${DEFAULT-VALUE}); a larger file is BLOCK")
  long maxFileMb;

  boolean valid() {
    return timeLimitSeconds > 0 && maxFileMb > 0;
  }

  Limits limits() {
    return Limits.DEFAULT
        .withTimePerFile(Duration.ofSeconds(timeLimitSeconds))
        .withMaxFileBytes(maxFileMb * 1024 * 1024);
  }
}
