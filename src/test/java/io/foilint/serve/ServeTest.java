package io.foilint.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.foilint.cli.Main;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.extract.Limits;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code foilint serve} on a random port, called over real HTTP. */
class ServeTest {

  private static final Path FIXTURES = Path.of("test-fixtures");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<FoilintServer> servers = new ArrayList<>();
  private final List<String> log = new ArrayList<>();

  private FoilintServer start(ServeSettings s) throws Exception {
    FoilintServer server = FoilintServer.start(new ServeSettings(s.host(), s.port(), s.tokens(),
        s.maxUploadBytes(), s.maxScans(), s.limits(), s.policy(), s.gate(), line -> {
          synchronized (log) {
            log.add(line);
          }
        }));
    servers.add(server);
    return server;
  }

  @AfterEach
  void stop() {
    servers.forEach(FoilintServer::close);
  }

  /** The report without when the scan started and how long it took, which no two runs share. */
  private static JsonNode withoutClock(JsonNode report) {
    assertThat(report.at("/run/startedAt").isTextual()).as("startedAt in %s", report.at("/run")).isTrue();
    assertThat(report.at("/run/durationMs").isNumber()).isTrue();
    ((ObjectNode) report.get("run")).remove(List.of("startedAt", "durationMs"));
    return report;
  }

  private static String cliJson(Path file) {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    int exit = cl.execute("scan", "--quiet", "--format", "json", file.toString());
    assertThat(exit).isIn(0, 1);
    // the CLI names the file as given; the server by its upload name
    return out.toString().replace(file.getParent().toString() + "/", "");
  }

  private static List<Path> leftInUploads() throws Exception {
    try (Stream<Path> s = Files.walk(Uploads.root())) {
      Path root = Uploads.root();
      return s.filter(p -> !p.equals(root)).toList();
    }
  }

  @Test
  void answersTheSameReportAsFoilintScan() throws Exception {
    FoilintServer server = start(ServeSettings.defaults());
    ServeClient client = new ServeClient(server);
    for (String f : List.of("xlsx/hidden-sheet-staff-list.xlsx", "xlsx/zero-height-sheet-default.xlsx",
        "xlsx/document-properties-people.xlsx", "csv/staff-list-visible.csv",
        "pdf/text-under-black-boxes.pdf", "pdf/letter-clean.pdf", "bundle/disclosure-mixed.zip")) {
      Path file = FIXTURES.resolve(f);
      HttpResponse<String> r = client.postRaw(file, "");
      assertThat(r.statusCode()).as(f).isEqualTo(200);
      JsonNode cli = withoutClock(JSON.readTree(cliJson(file)));
      JsonNode served = withoutClock(JSON.readTree(r.body()));
      assertThat(served).as(f).isEqualTo(cli);
      assertThat(r.headers().firstValue("X-Foilint-Verdict")).as(f).contains(cli.at("/verdict").asText());
      assertThat(r.headers().firstValue("X-Foilint-Exit-Code"))
          .contains(cli.at("/verdict").asText().equals("BLOCK") ? "1" : "0");
    }
    assertThat(leftInUploads()).isEmpty();
  }

  @Test
  void multipartScansEveryFileAndNamesThemAsUploaded() throws Exception {
    FoilintServer server = start(ServeSettings.defaults());
    HttpResponse<String> r = new ServeClient(server).postMultipart(List.of(
        FIXTURES.resolve("xlsx/zero-height-sheet-default.xlsx"),
        FIXTURES.resolve("csv/staff-list-visible.csv")), "");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(r.body());
    assertThat(json.at("/verdict").asText()).isEqualTo("BLOCK");
    assertThat(json.at("/files/0/path").asText()).isEqualTo("zero-height-sheet-default.xlsx");
    assertThat(json.at("/files/0/verdict").asText()).isEqualTo("PASS");
    assertThat(json.at("/files/1/path").asText()).isEqualTo("staff-list-visible.csv");
    assertThat(json.at("/files/1/verdict").asText()).isEqualTo("BLOCK");
    assertThat(r.body()).doesNotContain(Uploads.root().toString()).doesNotContain("Wolverton");
    assertThat(leftInUploads()).isEmpty();
  }

  @Test
  void contentDispositionNamesARawBody() throws Exception {
    FoilintServer server = start(ServeSettings.defaults());
    ServeClient c = new ServeClient(server);
    HttpResponse<String> r = c.send(c.request("/v1/scan")
        .header("Content-Disposition", "attachment; filename=\"../../etc/staff.csv\"")
        .POST(HttpRequest.BodyPublishers.ofFile(FIXTURES.resolve("csv/staff-list-visible.csv"))).build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).at("/files/0/path").asText()).isEqualTo("staff.csv");
    HttpResponse<String> unnamed = c.send(c.request("/v1/scan")
        .POST(HttpRequest.BodyPublishers.ofString("a,b")).build());
    assertThat(unnamed.statusCode()).isEqualTo(400);
  }

  @Test
  void formatsByQueryAndAccept() throws Exception {
    FoilintServer server = start(ServeSettings.defaults());
    ServeClient c = new ServeClient(server);
    Path f = FIXTURES.resolve("csv/staff-list-visible.csv");
    HttpResponse<String> sarif = c.postRaw(f, "format=sarif");
    assertThat(sarif.headers().firstValue("Content-Type").orElse("")).startsWith("application/sarif+json");
    assertThat(JSON.readTree(sarif.body()).at("/version").asText()).isEqualTo("2.1.0");
    HttpResponse<String> html = c.send(c.request("/v1/scan?filename=staff.csv").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofFile(f)).build());
    assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(html.body()).contains("<html").contains("BLOCK");
    HttpResponse<String> csv = c.postRaw(f, "format=csv");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).contains("personal-data-table");
    assertThat(c.postRaw(f, "format=docx").statusCode()).isEqualTo(400);
    for (HttpResponse<String> r : List.of(sarif, html, csv)) {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("X-Foilint-Verdict")).contains("BLOCK");
      assertThat(r.body()).doesNotContain("Wolverton").doesNotContain("FX900000");
    }
  }

  @Test
  void tokensAreCheckedWhenGiven() throws Exception {
    FoilintServer server = start(ServeSettings.defaults().withTokens(Tokens.of("s3cret-token")));
    ServeClient anonymous = new ServeClient(server);
    Path f = FIXTURES.resolve("csv/staff-list-visible.csv");
    HttpResponse<String> denied = anonymous.postRaw(f, "");
    assertThat(denied.statusCode()).isEqualTo(401);
    assertThat(denied.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(anonymous.get("/v1/rules").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/metrics").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/healthz").statusCode()).isEqualTo(200);
    assertThat(new ServeClient(server).withToken("wrong").postRaw(f, "").statusCode()).isEqualTo(401);
    ServeClient holder = new ServeClient(server).withToken("s3cret-token");
    assertThat(holder.postRaw(f, "").statusCode()).isEqualTo(200);
    assertThat(holder.get("/metrics").body())
        .contains("foilint_rejected_requests_total{reason=\"unauthorized\"} 4.0");
    assertThat(leftInUploads()).isEmpty();
  }

  @Test
  void noTokenNeededOnLoopback() throws Exception {
    FoilintServer server = start(ServeSettings.defaults());
    assertThat(new ServeClient(server).get("/v1/rules").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesToListenBeyondLoopbackWithoutTokens() throws Exception {
    assertThatThrownBy(() -> start(ServeSettings.defaults().withHost("0.0.0.0", 0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FOILINT_TOKENS");
    FoilintServer guarded = start(ServeSettings.defaults().withHost("0.0.0.0", 0)
        .withTokens(Tokens.of("t")));
    ServeClient c = new ServeClient(guarded);
    assertThat(c.get("/v1/rules").statusCode()).isEqualTo(401);
  }

  @Test
  void tokensFromFileAndEnvironment() throws Exception {
    Path file = Files.createTempFile("tokens", ".txt");
    try {
      Files.writeString(file, "# the service's tokens\nalpha\n\n  beta  \n");
      Tokens t = Tokens.fromFile(file);
      assertThat(t.size()).isEqualTo(2);
      assertThat(t.admits("Bearer beta")).isTrue();
      assertThat(t.admits("Bearer gamma")).isFalse();
      assertThat(t.admits("Basic beta")).isFalse();
      assertThat(t.admits(null)).isFalse();
    } finally {
      Files.delete(file);
    }
    assertThat(Tokens.fromEnv("one, two three").size()).isEqualTo(3);
    assertThat(Tokens.fromEnv(null).isEmpty()).isTrue();
  }

  @Test
  void uploadsOverTheLimitGet413() throws Exception {
    FoilintServer server = start(ServeSettings.defaults().withMaxUploadBytes(1000));
    ServeClient c = new ServeClient(server);
    byte[] big = new byte[5000];
    // with a Content-Length: refused before the body is read
    HttpResponse<String> r = c.send(c.request("/v1/scan?filename=big.csv")
        .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
    assertThat(r.statusCode()).isEqualTo(413);
    // chunked, no length: refused while it is copied
    HttpResponse<String> chunked = c.send(c.request("/v1/scan?filename=big.csv")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
    assertThat(chunked.statusCode()).isEqualTo(413);
    Path bigFile = Files.createTempFile("big", ".csv");
    HttpResponse<String> multi;
    try {
      Files.write(bigFile, big);
      // as a multipart body (with a Content-Length) and as a chunked one
      multi = c.postMultipart(List.of(bigFile), "");
      HttpResponse<String> multiChunked = c.send(c.request("/v1/scan")
          .header("Content-Type", "multipart/form-data; boundary=" + ServeClient.BOUNDARY)
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
              return new ByteArrayInputStream(ServeClient.multipart(List.of(bigFile)));
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })).build());
      assertThat(multiChunked.statusCode()).isEqualTo(413);
    } finally {
      Files.delete(bigFile);
    }
    assertThat(multi.statusCode()).isEqualTo(413);
    HttpResponse<String> small = c.send(c.request("/v1/scan?filename=small.csv")
        .POST(HttpRequest.BodyPublishers.ofString("Ward,Count\nNorth,12\nSouth,15\n")).build());
    assertThat(small.statusCode()).isEqualTo(200);
    assertThat(leftInUploads()).isEmpty();
  }

  @Test
  void fullSlotsAnswer503WithRetryAfterAndUploadsGoAfterwards() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Path> seen = new ArrayList<>();
    FoilintServer server = start(ServeSettings.defaults().withMaxScans(1).withGate(folder -> {
      seen.addAll(Files.walk(folder).filter(Files::isRegularFile).toList());
      held.countDown();
      assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
    }));
    ServeClient c = new ServeClient(server);
    Path f = FIXTURES.resolve("csv/staff-list-visible.csv");
    CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
      try {
        return c.postRaw(f, "");
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();
    // while the scan is held its upload is on disk, in the private folder
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0)).startsWith(Uploads.root()).exists();
    HttpResponse<String> busy = c.postRaw(f, "");
    assertThat(busy.statusCode()).isEqualTo(503);
    assertThat(busy.headers().firstValue("Retry-After")).contains("5");
    assertThat(JSON.readTree(c.get("/healthz").body()).at("/scansRunning").asInt()).isEqualTo(1);
    release.countDown();
    HttpResponse<String> done = first.get(120, TimeUnit.SECONDS);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.headers().firstValue("X-Foilint-Verdict")).contains("BLOCK");
    assertThat(seen.get(0)).doesNotExist();
    assertThat(leftInUploads()).isEmpty();
    assertThat(c.get("/metrics").body()).contains("foilint_rejected_requests_total{reason=\"busy\"} 1.0");
    // a slot is free again
    assertThat(c.postRaw(f, "").statusCode()).isEqualTo(200);
  }

  @Test
  void multipartPartsSpilledToDiskAreDeletedWithTheScan() throws Exception {
    List<Path> spilled = new ArrayList<>();
    FoilintServer server = start(ServeSettings.defaults().withGate(folder -> {
      // Jetty's own copies of parts over 1 MB, beside the request's upload folder
      try (Stream<Path> s = Files.list(Uploads.root())) {
        s.filter(p -> !p.equals(folder)).forEach(spilled::add);
      }
    }));
    Path big = Files.createTempFile("big", ".bin");
    try {
      byte[] bytes = new byte[1_500_000];
      new java.util.Random(42).nextBytes(bytes);
      Files.write(big, bytes);
      HttpResponse<String> r = new ServeClient(server).postMultipart(
          List.of(big, FIXTURES.resolve("csv/staff-list-visible.csv")), "");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("X-Foilint-Verdict")).contains("BLOCK");
    } finally {
      Files.delete(big);
    }
    assertThat(spilled).as("Jetty spilled the large part into the private folder").isNotEmpty();
    assertThat(spilled).allSatisfy(p -> assertThat(p).doesNotExist());
    assertThat(leftInUploads()).isEmpty();
  }

  @Test
  void uploadsAreDeletedWhenTheScanFails() throws Exception {
    FoilintServer server = start(ServeSettings.defaults().withGate(folder -> {
      throw new IllegalStateException("simulated failure in " + folder);
    }));
    ServeClient c = new ServeClient(server);
    HttpResponse<String> r = c.postMultipart(List.of(FIXTURES.resolve("csv/staff-list-visible.csv"),
        FIXTURES.resolve("xlsx/hidden-sheet-staff-list.xlsx")), "");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).doesNotContain("simulated").doesNotContain(Uploads.root().toString());
    assertThat(leftInUploads()).isEmpty();
    synchronized (log) {
      assertThat(log).anyMatch(l -> l.startsWith("error: IllegalStateException"));
      assertThat(String.join("\n", log)).doesNotContain("simulated").doesNotContain("staff");
    }
  }

  @Test
  void aScanOverTheTimeLimitIsBlockAndItsUploadIsDeleted() throws Exception {
    ServeSettings d = ServeSettings.defaults();
    FoilintServer server = start(new ServeSettings(d.host(), 0, d.tokens(), d.maxUploadBytes(), 1,
        Limits.DEFAULT.withTimePerFile(Duration.ofMillis(1)), d.policy(), d.gate(), d.log()));
    HttpResponse<String> r = new ServeClient(server).postRaw(FIXTURES.resolve("pdf/text-under-black-boxes.pdf"), "");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("X-Foilint-Verdict")).contains("BLOCK");
    assertThat(leftInUploads()).isEmpty();
  }

  @Test
  void logsNameNoFileAndNoContent() throws Exception {
    FoilintServer server = start(ServeSettings.defaults());
    new ServeClient(server).postRaw(FIXTURES.resolve("csv/staff-list-visible.csv"), "");
    synchronized (log) {
      assertThat(log).hasSize(1);
      assertThat(log.get(0)).startsWith("scan: 1 file(s), ").contains("BLOCK")
          .doesNotContain("staff-list").doesNotContain("Wolverton");
    }
  }

  @Test
  void rulesAndHealth() throws Exception {
    FoilintServer server = start(ServeSettings.defaults());
    ServeClient c = new ServeClient(server);
    JsonNode rules = JSON.readTree(c.get("/v1/rules").body());
    assertThat(rules.size()).isEqualTo(BuiltInDetectors.rules().size());
    assertThat(rules.findValuesAsText("id")).contains("hidden-sheet", "personal-data-table");
    JsonNode health = JSON.readTree(c.get("/healthz").body());
    assertThat(health.at("/status").asText()).isEqualTo("ok");
  }

  /** Every sample line of the Prometheus text format: name, optional labels, a number. */
  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (-?[0-9.eE+-]+|\\+Inf|NaN)");

  @Test
  void metricsAreValidPrometheusText() throws Exception {
    FoilintServer server = start(ServeSettings.defaults().withMaxUploadBytes(100));
    ServeClient c = new ServeClient(server);
    c.postRaw(FIXTURES.resolve("xlsx/zero-height-sheet-default.xlsx"), "");
    c.send(c.request("/v1/scan?filename=a.csv").POST(HttpRequest.BodyPublishers.ofString("Ward,Count\nN,1\n")).build());
    HttpResponse<String> r = c.get("/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    java.util.Map<String, Double> samples = new java.util.HashMap<>();
    for (String line : r.body().split("\n")) {
      if (line.startsWith("#")) {
        assertThat(line).matches("# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+");
        continue;
      }
      Matcher m = SAMPLE.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
    }
    assertThat(samples).containsEntry("foilint_rejected_requests_total{reason=\"too_large\"}", 1.0);
    assertThat(samples).containsEntry("foilint_scan_duration_seconds_count", 1.0);
    // the 100-byte limit refused the workbook; the small CSV passed
    assertThat(samples.get("foilint_scans_total{verdict=\"PASS\"}")
        + samples.get("foilint_scans_total{verdict=\"REVIEW\"}")
        + samples.get("foilint_scans_total{verdict=\"BLOCK\"}")).isEqualTo(1.0);
  }
}
