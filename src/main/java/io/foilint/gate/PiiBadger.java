package io.foilint.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.foilint.detect.Finding;
import io.foilint.extract.Limits;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.verdict.Policy;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * WhatDoTheyKnow's screening contract (Alaveteli's {@code ExcelAnalyzer::PIIBadgerJob}): the
 * command {@code $EXCEL_ANALYZER_PII_BADGER_COMMAND --file PATH} is run through a shell, its
 * whole standard output is parsed as one JSON document and stored as the attachment's metadata,
 * the attachment is held while {@code potential_pii_leaks} is not empty, and the stored JSON is
 * e-mailed to the site's administrators. So: one object, nothing else on stdout, evidence masked
 * (it travels by e-mail), and an object even when the file cannot be read (the exit code is not
 * looked at, and a file that cannot be checked must be held).
 */
public final class PiiBadger {

  /** One entry of {@code potential_pii_leaks}. */
  public record Leak(String file, String rule, String severity, String location, String evidence, String message) {}

  private final ScanEngine engine;

  public PiiBadger(Limits limits, Policy policy) {
    this.engine = new ScanEngine(limits, policy);
  }

  /**
   * The findings that should hold {@code file}; empty only when the file was inspected and nothing
   * in it holds it. Never throws for a problem with the file: that is a leak entry.
   */
  public List<Leak> leaks(Path file) {
    List<FileReport> reports;
    try {
      reports = engine.scan(List.of(file));
    } catch (IOException | RuntimeException e) {
      return List.of(cannotCheck("the scan failed (" + e.getClass().getSimpleName() + ")"));
    }
    if (reports.isEmpty()) {
      // an empty folder or a special file: nothing was inspected, so nothing can be cleared
      return List.of(cannotCheck("no file was inspected"));
    }
    List<Leak> out = new ArrayList<>();
    String given = file.toString();
    for (FileReport r : reports) {
      for (Finding f : r.findings()) {
        if (PersonalDataRules.holds(f)) {
          // the file's own path is the caller's temporary name: given only when a folder was scanned
          String which = r.path().equals(given) ? null : r.path();
          out.add(new Leak(which, f.rule(), f.severity().id(), f.location().toString(), f.evidence(), f.message()));
        }
      }
    }
    return out;
  }

  private static Leak cannotCheck(String why) {
    return new Leak(null, "unreadable-file", "block", "",  "",
        "Not inspected (cannot be read): " + why + "; the file cannot be cleared for release");
  }

  /** Writes {@code {"potential_pii_leaks":[...]}} and a line end; non-ASCII is written escaped. */
  public static void write(List<Leak> leaks, Writer out) throws IOException {
    JsonFactory factory = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeArrayFieldStart("potential_pii_leaks");
      for (Leak l : leaks) {
        g.writeStartObject();
        if (l.file() != null) {
          g.writeStringField("file", l.file());
        }
        g.writeStringField("rule", l.rule());
        g.writeStringField("severity", l.severity());
        g.writeStringField("location", l.location());
        g.writeStringField("evidence", l.evidence());
        g.writeStringField("message", l.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }
}
