package io.foilint.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Real HTTP calls to a running {@link FoilintServer} (java.net.http, nothing mocked). */
final class ServeClient {

  static final String BOUNDARY = "foilint-test-boundary-7d1f";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private String token;

  ServeClient(FoilintServer server) {
    this.base = "http://127.0.0.1:" + server.port();
  }

  ServeClient withToken(String t) {
    this.token = t;
    return this;
  }

  HttpRequest.Builder request(String pathAndQuery) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .timeout(Duration.ofSeconds(120));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(request(pathAndQuery).GET().build());
  }

  HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
    return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A raw body named by ?filename=. */
  HttpResponse<String> postRaw(Path file, String query) throws IOException, InterruptedException {
    String q = "?filename=" + file.getFileName() + (query.isEmpty() ? "" : "&" + query);
    return send(request("/v1/scan" + q).POST(HttpRequest.BodyPublishers.ofFile(file)).build());
  }

  /** multipart/form-data with every file as a "file" part. */
  HttpResponse<String> postMultipart(List<Path> files, String query) throws IOException, InterruptedException {
    return send(request("/v1/scan" + (query.isEmpty() ? "" : "?" + query))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(files))).build());
  }

  static byte[] multipart(List<Path> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Path f : files) {
      out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
          + f.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      out.write(Files.readAllBytes(f));
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
