package io.foilint.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /openapi.json describes exactly the routes the server has, and each of them answers. */
class OpenApiTest {

  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteAnswers() throws Exception {
    try (FoilintServer server = FoilintServer.start(ServeSettings.defaults())) {
      ServeClient c = new ServeClient(server);
      var r = c.get("/openapi.json");
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode doc = new ObjectMapper().readTree(r.body());
      assertThat(doc.at("/openapi").asText()).startsWith("3.");
      List<String> documented = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> paths = doc.at("/paths").fields(); paths.hasNext(); ) {
        Map.Entry<String, JsonNode> p = paths.next();
        for (String m : METHODS) {
          if (p.getValue().has(m)) {
            documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
          }
        }
      }
      assertThat(documented).containsExactlyInAnyOrderElementsOf(server.routes());
      assertThat(documented).hasSizeGreaterThanOrEqualTo(6);
      for (String op : documented) {
        String path = op.substring(op.indexOf(' ') + 1);
        int status = op.startsWith("GET ")
            ? c.get(path).statusCode()
            : c.send(c.request(path).POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode();
        // a POST without a file is a documented 400, never an unknown route
        String method = op.substring(0, op.indexOf(' ')).toLowerCase(Locale.ROOT);
        assertThat(doc.at("/paths").get(path).get(method).at("/responses").has(Integer.toString(status)))
            .as(op + " answered " + status).isTrue();
      }
    }
  }

  @Test
  void anUndocumentedRouteIsNotServed() throws Exception {
    try (FoilintServer server = FoilintServer.start(ServeSettings.defaults())) {
      assertThat(new ServeClient(server).get("/v1/nothing").statusCode()).isEqualTo(404);
    }
  }
}
