package io.foilint.scan;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Wraps the scan of each top-level input, so a batch can keep results outside the engine (the
 * results store, {@code io.foilint.store}) without the engine knowing about it. Called on the
 * input's worker thread, possibly on several threads at once.
 */
public interface InputHook {

  /** Scans every input, keeps nothing. */
  InputHook NONE = new InputHook() {
    @Override
    public int input(Path file, String display, Consumer<FileReport> out, ToIntFunction<Consumer<FileReport>> scan) {
      return scan.applyAsInt(out);
    }
  };

  /**
   * One top-level regular file. The hook either runs {@code scan} (which hands every report of the
   * input to the consumer it is given and returns the number of files inspected), or answers from
   * what it already holds; either way every report for the input goes to {@code out}.
   *
   * @return the number of files inspected (top-level file and bundle entries)
   */
  int input(Path file, String display, Consumer<FileReport> out, ToIntFunction<Consumer<FileReport>> scan);

  /** A report made without opening anything: a special file, a link, a path that cannot be read. */
  default void noted(FileReport report) {}
}
