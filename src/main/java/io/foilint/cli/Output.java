package io.foilint.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * Where a report goes: standard output, or the file of {@code --output} or {@code --output-dir}.
 * Always UTF-8: files are opened as UTF-8 here, and standard output is UTF-8 too ({@link
 * Main#commandLine}), whatever the platform's charset.
 */
final class Output implements AutoCloseable {

  private final Writer writer;
  private final boolean own;

  private Output(Writer writer, boolean own) {
    this.writer = writer;
    this.own = own;
  }

  static Output open(Path file, CommandLine cl) {
    if (file == null) {
      return new Output(cl.getOut(), false);
    }
    try {
      return new Output(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cl,
          "Cannot write --output " + file + ": " + e.getClass().getSimpleName());
    }
  }

  Writer writer() {
    return writer;
  }

  @Override
  public void close() throws IOException {
    if (own) {
      writer.close();
    } else {
      writer.flush();
    }
  }

  void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      // closing after another failure: that failure is the one reported
    }
  }

  /** Several outputs closed together; the first failure is thrown after all were tried. */
  record All(List<Output> outputs) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      IOException first = null;
      for (Output o : outputs) {
        try {
          o.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }
}
