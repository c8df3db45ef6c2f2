package io.foilint.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code --files-from LIST}: paths one a line (UTF-8), from a file or standard input ({@code -}),
 * e.g. the output of {@code find} or an export of a publication scheme. Lines are taken as they
 * are (a name may start or end with spaces); only empty lines are skipped. A listed path that
 * does not exist is not a usage error: it is reported like any file that cannot be read, so one
 * stale line does not stop a batch.
 */
final class InputList {

  private InputList() {}

  static List<Path> read(String list, CommandLine cl) {
    try (BufferedReader in = "-".equals(list)
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(list), StandardCharsets.UTF_8)) {
      List<Path> paths = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isEmpty()) {
          paths.add(Path.of(line));
        }
      }
      return paths;
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new CommandLine.ParameterException(cl,
          "Cannot read --files-from " + list + ": " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
    }
  }
}
