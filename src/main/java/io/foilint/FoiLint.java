package io.foilint;

import io.foilint.extract.Limits;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.scan.ScanReport;
import io.foilint.verdict.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The library entry point: {@code FoiLint.check(path)} scans a file, directory or zip bundle with
 * the built-in rules and returns the verdicts.
 */
public final class FoiLint {

  private FoiLint() {}

  public static ScanReport check(Path path) throws IOException {
    return check(List.of(path), Policy.DEFAULT, Limits.DEFAULT);
  }

  public static ScanReport check(List<Path> paths, Policy policy, Limits limits) throws IOException {
    List<FileReport> files = new ScanEngine(limits, policy).scan(paths);
    return new ScanReport(version(), files);
  }

  /** The released version, e.g. {@code 0.1.0}. */
  public static String version() {
    try (InputStream in = FoiLint.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
