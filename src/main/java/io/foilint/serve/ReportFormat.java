package io.foilint.serve;

import io.foilint.report.CsvReporter;
import io.foilint.report.HtmlReporter;
import io.foilint.report.JsonReporter;
import io.foilint.report.Reporter;
import io.foilint.report.SarifReporter;
import java.util.Locale;
import java.util.Optional;

/** The report formats the service answers in: the reporters of {@code foilint scan}. */
enum ReportFormat {
  JSON("json", "application/json"),
  SARIF("sarif", "application/sarif+json"),
  HTML("html", "text/html"),
  CSV("csv", "text/csv");

  final String id;
  final String mediaType;

  ReportFormat(String id, String mediaType) {
    this.id = id;
    this.mediaType = mediaType;
  }

  Reporter reporter() {
    return switch (this) {
      case JSON -> new JsonReporter();
      case SARIF -> new SarifReporter();
      case HTML -> new HtmlReporter();
      case CSV -> new CsvReporter();
    };
  }

  /**
   * {@code ?format=} first, else the first media type of {@code Accept} that names a format,
   * else JSON (also for a missing Accept or {@code *}{@code /*}). Empty: an unknown ?format=.
   */
  static Optional<ReportFormat> choose(String formatParam, String accept) {
    if (formatParam != null && !formatParam.isBlank()) {
      for (ReportFormat f : values()) {
        if (f.id.equals(formatParam.strip().toLowerCase(Locale.ROOT))) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
    if (accept != null) {
      for (String part : accept.split(",")) {
        String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
          if (f.mediaType.equals(type)) {
            return Optional.of(f);
          }
        }
      }
    }
    return Optional.of(JSON);
  }
}
