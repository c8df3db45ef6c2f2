package io.foilint.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Where the report goes: standard output, or the file of {@code --output} (UTF-8). */
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
}
