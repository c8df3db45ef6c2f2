package io.foilint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * docs/report.schema.json, the published contract of the JSON report, loaded from the repository
 * itself (the file users read is the file tested). {@link #file()} is its {@code $defs/file}: one
 * line of the JSON-lines report.
 */
final class ReportSchema {

  static final Path PATH = Path.of("docs/report.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode NODE = load();
  private static final SchemaRegistry REGISTRY = registry();
  private static final Schema REPORT = REGISTRY.getSchema(SchemaLocation.of(NODE.get("$id").asText()));
  private static final Schema FILE =
      REGISTRY.getSchema(SchemaLocation.of(NODE.get("$id").asText() + "#/$defs/file"));

  private ReportSchema() {}

  private static JsonNode load() {
    try {
      return JSON.readTree(Files.readString(PATH));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SchemaRegistry registry() {
    // the schema's own $id resolves to the file read here: nothing is fetched
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(java.util.Map.of(NODE.get("$id").asText(), NODE.toString())));
  }

  static List<String> reportViolations(String json) throws IOException {
    return REPORT.validate(JSON.readTree(json)).stream().map(Error::toString).toList();
  }

  static List<String> fileViolations(String jsonLine) throws IOException {
    return FILE.validate(JSON.readTree(jsonLine)).stream().map(Error::toString).toList();
  }
}
