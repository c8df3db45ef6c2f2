package io.foilint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanReport;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON lines for batch runs: one line per file, each exactly an entry of the JSON report's
 * {@code files} array ({@code {"path","type","verdict","findings":[…]}}, same fields, same
 * order), written as the file's result arrives in input order, with no enclosing document. A
 * run's memory then does not grow with the number of files; the overall verdict is the exit
 * code (or the worst {@code verdict} of the lines).
 */
public final class JsonLinesReporter implements Reporter {

  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    for (FileReport f : report.files()) {
      line(f, out);
    }
    out.flush();
  }

  /** One file's line, ended by {@code \n} (line breaks inside values are escaped). */
  public static void line(FileReport f, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCharacterEscapes(Printable.JSON);
      JsonReporter.writeFile(g, f);
    }
    out.write('\n');
  }
}
