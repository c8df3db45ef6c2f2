package io.foilint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Finding;
import io.foilint.scan.FileReport;
import io.foilint.scan.Inspection;
import io.foilint.scan.ScanReport;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The machine contract, documented in docs/report-format.md and checked against the JSON Schema
 * docs/report.schema.json: one JSON document, {@code {"schemaVersion","tool":{"name","version"},
 * "run":{…},"verdict","files":[{"path","type","verdict","size","sha256","inspection",
 * "findings":[{"rule","severity","location","locationDetail","message","evidence","fix","about",
 * "waived"}]}]}}. DESIGN.md's fields ({@code tool}, {@code verdict}, {@code files}, {@code path},
 * {@code rule}, {@code severity}, {@code location}, {@code message}, {@code evidence}) are never
 * renamed or removed; within a major {@link #SCHEMA_VERSION} fields are only added.
 */
public final class JsonReporter implements Reporter {

  /** {@code major.minor}: the minor grows when fields are added, the major when one changes. */
  public static final String SCHEMA_VERSION = "1.0";

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCharacterEscapes(Printable.JSON);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "foilint");
      g.writeStringField("version", report.toolVersion());
      g.writeEndObject();
      writeRun(g, report);
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

  private static void writeRun(JsonGenerator g, ScanReport report) throws IOException {
    ScanReport.Run run = report.run();
    g.writeObjectFieldStart("run");
    g.writeStringField("rulesVersion", run.rulesVersion());
    if (run.startedAt() == null) {
      g.writeNullField("startedAt");
    } else {
      g.writeStringField("startedAt", run.startedAt().toString());
    }
    if (run.duration() == null) {
      g.writeNullField("durationMs");
    } else {
      g.writeNumberField("durationMs", run.duration().toMillis());
    }
    g.writeArrayFieldStart("inputs");
    for (String in : run.inputs()) {
      g.writeString(in);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("counts");
    g.writeNumberField("files", report.files().size());
    for (Verdict v : Verdict.values()) {
      g.writeNumberField(v.name(), report.count(v));
    }
    long findings = 0;
    long waived = 0;
    long partial = 0;
    long notInspected = 0;
    for (FileReport f : report.files()) {
      findings += f.findings().size();
      waived += f.findings().stream().filter(Finding::waived).count();
      String status = f.inspection().status();
      partial += status.equals(Inspection.PARTIAL) ? 1 : 0;
      notInspected += status.equals(Inspection.NOT_INSPECTED) ? 1 : 0;
    }
    g.writeNumberField("findings", findings);
    g.writeNumberField("waived", waived);
    g.writeNumberField("partial", partial);
    g.writeNumberField("notInspected", notInspected);
    g.writeEndObject();
    g.writeEndObject();
  }

  /** One entry of {@code files}: also one line of the JSON-lines format ({@link JsonLinesReporter}). */
  static void writeFile(JsonGenerator g, FileReport f) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", f.path());
    g.writeStringField("type", f.type().name().toLowerCase(Locale.ROOT));
    g.writeStringField("verdict", f.verdict().name());
    if (f.size() < 0) {
      g.writeNullField("size");
    } else {
      g.writeNumberField("size", f.size());
    }
    if (f.sha256() == null) {
      g.writeNullField("sha256");
    } else {
      g.writeStringField("sha256", f.sha256());
    }
    Inspection inspection = f.inspection();
    g.writeObjectFieldStart("inspection");
    g.writeStringField("status", inspection.status());
    if (!inspection.reason().isEmpty()) {
      g.writeStringField("reason", inspection.reason());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding x : f.findings()) {
      g.writeStartObject();
      g.writeStringField("rule", x.rule());
      g.writeStringField("severity", x.severity().id());
      g.writeStringField("location", x.location().toString());
      writeLocationDetail(g, LocationFields.of(x.location()));
      g.writeStringField("message", x.message());
      g.writeStringField("evidence", x.evidence());
      g.writeStringField("fix", x.fix());
      g.writeStringField("about", BuiltInDetectors.about(x.rule()).id());
      g.writeBooleanField("waived", x.waived());
      if (x.waived()) {
        g.writeObjectFieldStart("waiver");
        g.writeStringField("reason", x.waiver().reason());
        g.writeStringField("by", x.waiver().by());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The location as typed fields ({@link LocationFields}); typed fields only when known. */
  private static void writeLocationDetail(JsonGenerator g, LocationFields l) throws IOException {
    g.writeObjectFieldStart("locationDetail");
    g.writeStringField("container", l.container());
    g.writeStringField("place", l.place());
    g.writeStringField("ref", l.ref());
    if (l.sheet() != null) {
      g.writeStringField("sheet", l.sheet());
    }
    if (l.part() != null) {
      g.writeStringField("part", l.part());
    }
    if (l.page() > 0) {
      g.writeNumberField("page", l.page());
    }
    if (l.line() > 0) {
      g.writeNumberField("line", l.line());
    }
    if (l.cells() != null) {
      g.writeStringField("cells", l.cells());
    }
    writeSpan(g, "rows", l.rows());
    writeSpan(g, "columns", l.columns());
    if (l.box() != null) {
      g.writeObjectFieldStart("box");
      g.writeNumberField("x", l.box().x());
      g.writeNumberField("y", l.box().y());
      g.writeNumberField("width", l.box().width());
      g.writeNumberField("height", l.box().height());
      g.writeStringField("origin", "bottom-left");
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, String name, LocationFields.Span s) throws IOException {
    if (s != null) {
      g.writeObjectFieldStart(name);
      g.writeNumberField("first", s.first());
      g.writeNumberField("last", s.last());
      g.writeEndObject();
    }
  }
}
