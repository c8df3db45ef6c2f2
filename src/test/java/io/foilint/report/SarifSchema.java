package io.foilint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (src/test/resources/sarif, provenance in its README),
 * loaded once from the classpath: nothing is fetched, its references are all internal.
 */
public final class SarifSchema {

  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  private static Schema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      if (in == null) {
        throw new IllegalStateException("sarif/sarif-schema-2.1.0.json is missing from the test classpath");
      }
      JsonNode schema = new ObjectMapper().readTree(in);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every way {@code sarif} breaks the schema, as readable strings; empty when it is valid. */
  public static List<String> violations(String sarif) {
    try {
      return violations(new ObjectMapper().readTree(sarif));
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  public static List<String> violations(JsonNode sarif) {
    return SCHEMA.validate(sarif).stream().map(Error::toString).toList();
  }
}
