package io.foilint.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared third-party corpus ({@code ../shared/corpus} beside the clone). CI has it; a user's
 * clone usually does not, so tests that need it are skipped with a visible message.
 */
public final class Corpus {

  private static final Path ROOT =
      Path.of(System.getProperty("foilint.corpus", "../shared/corpus")).toAbsolutePath().normalize();

  private Corpus() {}

  public static boolean present() {
    return Files.isDirectory(ROOT);
  }

  /** The corpus root; skips the calling test (with a message saying why) when it is absent. */
  public static Path root() {
    if (!present()) {
      System.err.println("[foilint] corpus not found at " + ROOT + ": corpus tests skipped");
    }
    assumeTrue(present(), "corpus not found at " + ROOT + " (tests that need it are skipped)");
    return ROOT;
  }

  /** A file in the corpus, e.g. {@code xlsx/poi__45544.xlsx}; skips when absent. */
  public static Path file(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), "corpus file missing: " + relative);
    return p;
  }
}
