package io.foilint.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.foilint.report.CsvReporter;
import io.foilint.report.Printable;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The take-down list and the summary in text, JSON or CSV. Like every report they show text from
 * files only through {@link Printable#escape}: no control, escape or bidi character reaches the output.
 */
public final class StoreViews {

  public enum Format {
    text,
    json,
    csv
  }

  private static final String EOL = "\r\n";

  private StoreViews() {}

  public static void takedown(List<StoreQuery.TakedownLine> lines, Format format, Writer out) throws IOException {
    switch (format) {
      case text -> {
        out.write("Take-down list: files that BLOCK, oldest first (" + lines.size() + " findings)\n");
        String last = null;
        for (StoreQuery.TakedownLine l : lines) {
          if (!l.path().equals(last)) {
            out.write("\n" + (l.modifiedAt() == null ? "unknown date" : l.modifiedAt().substring(0, 10))
                + "  " + Printable.escape(l.path()) + "\n");
            last = l.path();
          }
          out.write("  " + l.rule() + "  " + (l.location().isEmpty() ? "(the file as a whole)" : Printable.escape(l.location())) + "\n");
          out.write("    " + Printable.escape(l.message()) + "\n");
        }
      }
      case json -> {
        try (JsonGenerator g = json(out)) {
          g.writeStartObject();
          g.writeArrayFieldStart("takedown");
          for (StoreQuery.TakedownLine l : lines) {
            g.writeStartObject();
            g.writeStringField("modified", l.modifiedAt());
            g.writeStringField("path", Printable.escape(l.path()));
            g.writeStringField("rule", l.rule());
            g.writeStringField("location", Printable.escape(l.location()));
            g.writeStringField("message", Printable.escape(l.message()));
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        out.write("\n");
      }
      case csv -> {
        row(out, List.of("modified", "path", "rule", "location", "message"));
        for (StoreQuery.TakedownLine l : lines) {
          row(out, List.of(l.modifiedAt() == null ? "" : l.modifiedAt(), l.path(), l.rule(), l.location(), l.message()));
        }
      }
    }
    out.flush();
  }

  public static void summary(Summary s, Format format, Writer out) throws IOException {
    switch (format) {
      case text -> {
        table(out, "folder", s.byFolder());
        out.write("\n");
        table(out, "year", s.byYear());
        out.write(String.format("%nAll: %d files, %d BLOCK, %d REVIEW, %d PASS%n", s.all().total(),
            s.all().get(Verdict.BLOCK), s.all().get(Verdict.REVIEW), s.all().get(Verdict.PASS)));
      }
      case json -> {
        try (JsonGenerator g = json(out)) {
          g.writeStartObject();
          counts(g, "byFolder", "folder", s.byFolder());
          counts(g, "byYear", "year", s.byYear());
          g.writeFieldName("all");
          counts(g, s.all());
          g.writeEndObject();
        }
        out.write("\n");
      }
      case csv -> {
        row(out, List.of("by", "key", "files", "block", "review", "pass"));
        for (Map.Entry<String, Summary.Counts> e : s.byFolder().entrySet()) {
          row(out, csvCounts("folder", e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, Summary.Counts> e : s.byYear().entrySet()) {
          row(out, csvCounts("year", e.getKey(), e.getValue()));
        }
        row(out, csvCounts("all", "", s.all()));
      }
    }
    out.flush();
  }

  private static void table(Writer out, String by, Map<String, Summary.Counts> rows) throws IOException {
    String title = "By " + by;
    int width = Math.max(title.length(),
        rows.keySet().stream().mapToInt(k -> Printable.escape(k).length()).max().orElse(0));
    out.write(pad(title, width) + String.format("  %7s  %7s  %7s  %7s%n", "files", "BLOCK", "REVIEW", "PASS"));
    for (Map.Entry<String, Summary.Counts> e : rows.entrySet()) {
      Summary.Counts c = e.getValue();
      out.write(String.format("%s  %7d  %7d  %7d  %7d%n", pad(Printable.escape(e.getKey()), width), c.total(),
          c.get(Verdict.BLOCK), c.get(Verdict.REVIEW), c.get(Verdict.PASS)));
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static List<String> csvCounts(String by, String key, Summary.Counts c) {
    return List.of(by, key, Integer.toString(c.total()), Integer.toString(c.get(Verdict.BLOCK)),
        Integer.toString(c.get(Verdict.REVIEW)), Integer.toString(c.get(Verdict.PASS)));
  }

  private static void counts(JsonGenerator g, String field, String key, Map<String, Summary.Counts> rows)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Map.Entry<String, Summary.Counts> e : rows.entrySet()) {
      g.writeStartObject();
      g.writeStringField(key, Printable.escape(e.getKey()));
      fields(g, e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void counts(JsonGenerator g, Summary.Counts c) throws IOException {
    g.writeStartObject();
    fields(g, c);
    g.writeEndObject();
  }

  private static void fields(JsonGenerator g, Summary.Counts c) throws IOException {
    g.writeNumberField("files", c.total());
    g.writeNumberField("block", c.get(Verdict.BLOCK));
    g.writeNumberField("review", c.get(Verdict.REVIEW));
    g.writeNumberField("pass", c.get(Verdict.PASS));
  }

  private static JsonGenerator json(Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    return g;
  }

  private static void row(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(CsvReporter.field(fields.get(i)));
    }
    out.write(EOL);
  }
}
