package io.foilint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Finding;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanReport;
import java.io.IOException;
import java.io.Writer;

/**
 * The machine contract (DESIGN.md): one JSON document,
 * {@code {"tool":{"name","version"},"verdict","files":[{"path","verdict","findings":[{"rule",
 * "severity","location","message","evidence"}]}]}}. Fields are only ever added, never renamed;
 * {@code type} (per file), {@code fix} and {@code about} (per finding: {@code content}, or
 * {@code inspection} for what foilint could not inspect, {@link io.foilint.detect.About}) are
 * additions.
 */
public final class JsonReporter implements Reporter {

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCharacterEscapes(Printable.JSON);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "foilint");
      g.writeStringField("version", report.toolVersion());
      g.writeEndObject();
      g.writeStringField("verdict", report.verdict().name());
      g.writeArrayFieldStart("files");
      for (FileReport f : report.files()) {
        writeFile(g, f);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  /** One entry of {@code files}: also one line of the JSON-lines format ({@link JsonLinesReporter}). */
  static void writeFile(JsonGenerator g, FileReport f) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", f.path());
    g.writeStringField("type", f.type().name().toLowerCase(java.util.Locale.ROOT));
    g.writeStringField("verdict", f.verdict().name());
    g.writeArrayFieldStart("findings");
    for (Finding x : f.findings()) {
      g.writeStartObject();
      g.writeStringField("rule", x.rule());
      g.writeStringField("severity", x.severity().id());
      g.writeStringField("location", x.location().toString());
      g.writeStringField("message", x.message());
      g.writeStringField("evidence", x.evidence());
      g.writeStringField("fix", x.fix());
      g.writeStringField("about", BuiltInDetectors.about(x.rule()).id());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
