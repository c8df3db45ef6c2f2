package io.foilint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Finding;
import io.foilint.detect.RuleInfo;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A SARIF 2.1.0 log for code-scanning dashboards and CI: one run whose driver lists every built-in
 * rule, and one result per finding.
 *
 * <ul>
 *   <li>{@code level}: block → error, review → warning, info → note ({@link SarifLevel}).
 *   <li>{@code locations[0].physicalLocation.artifactLocation.uri}: the scanned file as a URI
 *       reference; for an entry of a zip bundle, the bundle itself.
 *   <li>{@code locations[0].logicalLocations}: first the finding's location ({@code Data!A1:F201})
 *       when it has one, then, for a bundle entry, the entry's inner path (kind {@code zipEntry}).
 *   <li>{@code partialFingerprints["foilint/v1"]}: SHA-256 of rule, file path and location, so a
 *       finding keeps its identity from scan to scan; never of cell values, and of names as the
 *       report shows them (masked where personal), so no hash can be matched against a name.
 *   <li>{@code properties}: the file's verdict, the masked evidence, the fix, and {@code about}:
 *       {@code content}, or {@code inspection} for what foilint could not inspect ({@link
 *       io.foilint.detect.About}; a rule's properties carry it too); the run's properties give
 *       every file's verdict, including files without findings.
 * </ul>
 *
 * <p>For GitHub code scanning (checked with Microsoft's SARIF multitool, {@code --rule-kind
 * "Gh;Sarif"}, src/tools/sarif): every rule has a {@code fullDescription} (the first paragraphs of
 * its page's "What it catches" and "Why it matters"), {@code help} in text and Markdown (the whole
 * page, docs/rules/&lt;id&gt;.md, read from the jar by {@link RuleDocs}; links between pages made
 * absolute) and a {@code helpUri}: the docs base ({@code --docs-url}, default {@link
 * #DEFAULT_DOCS_URL}) followed by {@code <id>.md}. A result has a {@code region} only where its
 * location is a line of the scanned file itself (a plain-text file's {@code line N}): cells, rows
 * and pages are not lines of the file's bytes, so they stay logical locations rather than a region
 * that would point at the wrong text.
 */
public final class SarifReporter implements Reporter {

  static final String FINGERPRINT = "foilint/v1";

  /** Where the rules' pages are published unless {@code --docs-url} says otherwise. */
  public static final String DEFAULT_DOCS_URL = "https://github.com/foilint/foilint/blob/main/docs/rules/";

  /** The project's home, SARIF's {@code tool.driver.informationUri}. */
  public static final String INFORMATION_URI = "https://github.com/foilint/foilint";
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final List<RuleInfo> rules;
  private final String docsUrl;

  public SarifReporter() {
    this(DEFAULT_DOCS_URL);
  }

  /** Rules' {@code helpUri} under {@code docsUrl} (an absolute URL; a {@code /} is added if missing). */
  public SarifReporter(String docsUrl) {
    this(BuiltInDetectors.rules(), docsUrl);
  }

  /** For tests: a driver that lists {@code rules}. */
  SarifReporter(List<RuleInfo> rules) {
    this(rules, DEFAULT_DOCS_URL);
  }

  SarifReporter(List<RuleInfo> rules, String docsUrl) {
    this.rules = List.copyOf(rules);
    this.docsUrl = docsUrl.endsWith("/") ? docsUrl : docsUrl + "/";
  }

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCharacterEscapes(Printable.JSON);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      writeTool(g, report.toolVersion());
      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      // The scan itself completed: files that could not be inspected are BLOCK results, not a
      // failed run.
      g.writeBooleanField("executionSuccessful", true);
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("results");
      for (FileReport f : report.files()) {
        for (Finding x : f.findings()) {
          writeResult(g, f, x, ruleIndex.get(x.rule()));
        }
      }
      g.writeEndArray();
      writeRunProperties(g, report);
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  private void writeTool(JsonGenerator g, String version) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "foilint");
    g.writeStringField("version", version);
    g.writeStringField("informationUri", INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (RuleInfo r : rules) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      writeText(g, "shortDescription", r.summary());
      writeText(g, "fullDescription", fullDescription(r));
      g.writeStringField("helpUri", docsUrl + r.id() + ".md");
      writeHelp(g, r);
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", SarifLevel.of(r.severity()).value());
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeStringField("docs", r.docPath());
      g.writeStringField("about", r.about().id());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** GitHub code scanning documents 1,024 characters as the most a rule description shows. */
  static final int MAX_DESCRIPTION = 1024;

  /**
   * What the rule catches and why it matters, from its page (the summary when it has none), cut
   * at a sentence end to fit {@link #MAX_DESCRIPTION}; the whole page is in {@code help}.
   */
  static String fullDescription(RuleInfo r) {
    String what = RuleDocs.firstParagraph(r.id(), "What it catches");
    String why = RuleDocs.firstParagraph(r.id(), "Why it matters");
    String full = (what + " " + why).strip();
    if (full.isEmpty()) {
      full = r.summary();
    }
    if (full.length() <= MAX_DESCRIPTION) {
      return full;
    }
    String head = full.substring(0, MAX_DESCRIPTION - 1);
    int sentence = head.lastIndexOf(". ");
    return sentence > MAX_DESCRIPTION / 3 ? head.substring(0, sentence + 1) : head.strip() + "…";
  }

  /** The rule's page as help; its fix when the page is missing. */
  private void writeHelp(JsonGenerator g, RuleInfo r) throws IOException {
    String markdown = RuleDocs.markdown(r.id(), docsUrl);
    g.writeObjectFieldStart("help");
    if (markdown.isEmpty()) {
      g.writeStringField("text", r.fix());
    } else {
      g.writeStringField("text", markdown);
      g.writeStringField("markdown", markdown);
    }
    g.writeEndObject();
  }

  private static void writeResult(JsonGenerator g, FileReport f, Finding x, Integer ruleIndex)
      throws IOException {
    BundlePath path = BundlePath.parse(f.path());
    String where = x.location().toString();
    g.writeStartObject();
    g.writeStringField("ruleId", x.rule());
    if (ruleIndex != null) {
      g.writeNumberField("ruleIndex", ruleIndex);
    }
    g.writeStringField("level", SarifLevel.of(x.severity()).value());
    writeText(g, "message", messageText(x));
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", FileUri.of(path.file()));
    g.writeEndObject();
    int line = textLine(f, x);
    if (line > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", line);
      g.writeEndObject();
    }
    g.writeEndObject();
    if (!where.isEmpty() || path.isBundleEntry()) {
      g.writeArrayFieldStart("logicalLocations");
      if (!where.isEmpty()) {
        g.writeStartObject();
        g.writeStringField("fullyQualifiedName", where);
        g.writeEndObject();
      }
      if (path.isBundleEntry()) {
        g.writeStartObject();
        g.writeStringField("fullyQualifiedName", path.entry());
        g.writeStringField("kind", "zipEntry");
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT, fingerprint(x.rule(), f.path(), where));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("fileVerdict", f.verdict().name());
    g.writeStringField("evidence", x.evidence());
    g.writeStringField("fix", x.fix());
    g.writeStringField("about", BuiltInDetectors.about(x.rule()).id());
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * The line of the scanned file a finding is on, or 0: only a plain-text file read directly
   * (not a bundle entry, not an embedded document) has locations that are lines of its own bytes.
   */
  static int textLine(FileReport f, Finding x) {
    if (f.type() != io.foilint.model.FileType.TEXT || BundlePath.parse(f.path()).isBundleEntry()) {
      return 0;
    }
    LocationFields l = LocationFields.of(x.location());
    return l.container().isEmpty() ? l.line() : 0;
  }

  private static void writeRunProperties(JsonGenerator g, ScanReport report) throws IOException {
    g.writeObjectFieldStart("properties");
    g.writeStringField("verdict", report.verdict().name());
    g.writeArrayFieldStart("files");
    for (FileReport f : report.files()) {
      g.writeStartObject();
      g.writeStringField("path", f.path());
      g.writeStringField("verdict", f.verdict().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeText(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  /** SARIF messages are sentences; the masked evidence follows so a dashboard shows it too. */
  static String messageText(Finding x) {
    String m = x.message().strip();
    if (!m.isEmpty() && ".!?".indexOf(m.charAt(m.length() - 1)) < 0) {
      m += ".";
    }
    return x.evidence().isEmpty() ? m : m + " Evidence (masked): " + x.evidence();
  }

  /**
   * Identity of a finding across scans: the rule, the file's path (with any inner path) and the
   * finding's location. Never cell values: they are personal data, and they change.
   */
  static String fingerprint(String rule, String path, String location) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // NUL separators: no rule id, path or location contains one, so the parts cannot run together
      String key = rule + '\0' + path + '\0' + location;
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
