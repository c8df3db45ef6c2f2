package io.foilint.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.foilint.FoiLint;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.RuleInfo;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.scan.ScanReport;
import io.foilint.store.RulesVersion;
import io.foilint.verdict.Verdict;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.router.ParsedEndpoint;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code foilint serve}: the scan engine behind HTTP. Each {@code POST /v1/scan} stores its
 * uploads in a private folder, scans them with the same engine, limits and policy as {@code
 * foilint scan}, answers with one of the same reports and deletes the uploads whatever happened.
 * At most {@code maxScans} scans run at once; a request beyond them is answered 503 at once, so
 * nothing queues without limit.
 */
public final class FoilintServer implements AutoCloseable {

  /** Seconds a client is told to wait when every scan slot is taken. */
  static final int RETRY_AFTER_SECONDS = 5;

  /** How much of a refused upload is read before answering, so the answer reaches the client. */
  static final long REFUSED_BODY_READ_BYTES = 16L * 1024 * 1024;

  private static final Pattern DISPOSITION_NAME =
      Pattern.compile("filename\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);

  private final ServeSettings settings;
  private final Semaphore slots;
  private final ServeMetrics metrics = new ServeMetrics();
  private final ObjectMapper json = new ObjectMapper();
  private Javalin app;

  private FoilintServer(ServeSettings settings) {
    this.settings = settings;
    this.slots = new Semaphore(settings.maxScans());
  }

  /**
   * Starts a server; refuses (IllegalStateException) to listen beyond this machine without
   * tokens.
   */
  public static FoilintServer start(ServeSettings settings) throws IOException {
    if (settings.tokens().isEmpty() && !settings.loopback()) {
      throw new IllegalStateException("foilint serve listens on " + settings.host()
          + ", which other machines can reach: give bearer tokens with --tokens-file or"
          + " FOILINT_TOKENS, or bind to 127.0.0.1");
    }
    FoilintServer s = new FoilintServer(settings);
    String cache = Uploads.root().toString();
    s.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      // multipart parts over 1 MB spill to the private folder, and never beyond the limit
      config.jetty.multipartConfig.cacheDirectory(cache);
      config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      config.routes.before(s::secure);
      config.routes.exception(Exception.class, (e, ctx) -> {
        // only the kind of failure is logged: a message may carry a file name
        settings.log().accept("error: " + e.getClass().getSimpleName());
        s.error(ctx, 500, "The scan failed inside foilint; nothing was cleared.");
      });
      config.routes.get("/", s::page);
      config.routes.get("/healthz", s::health);
      config.routes.get("/openapi.json", s::openapi);
      config.routes.get("/metrics", s::metrics);
      config.routes.get("/v1/rules", s::rules);
      config.routes.post("/v1/scan", s::scan);
    });
    s.app.start();
    return s;
  }

  public int port() {
    return app.port();
  }

  /** Every route as "METHOD /path" (the OpenAPI test compares them with the document). */
  public List<String> routes() {
    List<String> out = new ArrayList<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      if (e.endpoint.method.isHttpMethod()) {
        out.add(e.endpoint.method.name() + " " + e.endpoint.path);
      }
    }
    return out;
  }

  @Override
  public void close() {
    if (app != null) {
      app.stop();
    }
  }

  /** Headers for every answer; the token check for the API and the metrics. */
  private void secure(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    String path = ctx.path();
    boolean guarded = path.startsWith("/v1/") || path.equals("/metrics");
    if (guarded && !settings.tokens().isEmpty()
        && !settings.tokens().admits(ctx.header("Authorization"))) {
      metrics.rejected("unauthorized");
      settings.log().accept("rejected: unauthorized " + ctx.method() + " " + path);
      ctx.header("WWW-Authenticate", "Bearer realm=\"foilint\"");
      error(ctx, 401, "A bearer token is required (Authorization: Bearer <token>).");
      ctx.skipRemainingHandlers();
    }
  }

  private void page(Context ctx) throws IOException {
    // the page's one inline script and style, nothing from elsewhere; the report is shown in a
    // sandboxed frame (it has a policy of its own and no script)
    ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline';"
        + " style-src 'unsafe-inline'; connect-src 'self'; frame-src 'self'; img-src data:;"
        + " form-action 'none'; base-uri 'none'");
    ctx.contentType("text/html; charset=utf-8").result(resource("index.html"));
  }

  private void health(Context ctx) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("version", FoiLint.version());
    body.put("scansRunning", settings.maxScans() - slots.availablePermits());
    body.put("maxScans", settings.maxScans());
    ctx.contentType("application/json").result(json.writeValueAsString(body));
  }

  private void openapi(Context ctx) throws IOException {
    ctx.contentType("application/json").result(resource("openapi.json"));
  }

  private void metrics(Context ctx) throws IOException {
    ctx.contentType(ServeMetrics.CONTENT_TYPE).result(metrics.text());
  }

  private void rules(Context ctx) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RuleInfo r : BuiltInDetectors.rules()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("severity", r.severity().id());
      m.put("summary", r.summary());
      m.put("fix", r.fix());
      m.put("doc", r.docPath());
      out.add(m);
    }
    ctx.contentType("application/json").result(json.writeValueAsString(out));
  }

  private void scan(Context ctx) throws Exception {
    Optional<ReportFormat> format =
        ReportFormat.choose(ctx.queryParam("format"), ctx.header("Accept"));
    if (format.isEmpty()) {
      reject(ctx, 400, "bad_request", "Unknown format: use json, sarif, html or csv.");
      return;
    }
    long length = ctx.req().getContentLengthLong();
    if (length > settings.maxUploadBytes()) {
      if (length <= REFUSED_BODY_READ_BYTES) {
        drain(ctx, length);
      }
      reject(ctx, 413, "too_large", "The upload is larger than this server accepts ("
          + settings.maxUploadBytes() + " bytes).");
      return;
    }
    if (!slots.tryAcquire()) {
      drain(ctx, settings.maxUploadBytes());
      ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      reject(ctx, 503, "busy", "Every scan slot is busy; try again in a few seconds.");
      return;
    }
    try (Uploads uploads = Uploads.open(settings.maxUploadBytes())) {
      try {
        if (!store(ctx, uploads)) {
          return;
        }
        settings.gate().beforeScan(uploads.folder());
        answer(ctx, uploads, format.get());
      } catch (Uploads.TooLarge e) {
        drain(ctx, REFUSED_BODY_READ_BYTES);
        reject(ctx, 413, "too_large", "The upload is larger than this server accepts ("
            + settings.maxUploadBytes() + " bytes).");
      } finally {
        deleteParts(ctx);
      }
    } finally {
      slots.release();
    }
  }

  /** Writes the request's files into {@code uploads}; false (and the answer sent) if none. */
  private boolean store(Context ctx, Uploads uploads) throws IOException {
    if (ctx.isMultipartFormData()) {
      List<UploadedFile> files;
      try {
        files = ctx.uploadedFiles();
      } catch (Exception e) {
        // Jetty refuses a multipart body over maxTotalRequestSize while parsing it (Kotlin code:
        // the servlet's checked exceptions arrive undeclared)
        drain(ctx, REFUSED_BODY_READ_BYTES);
        reject(ctx, 413, "too_large", "The upload could not be read or is larger than this"
            + " server accepts (" + settings.maxUploadBytes() + " bytes).");
        return false;
      }
      for (UploadedFile f : files) {
        try (InputStream in = f.content()) {
          uploads.add(f.filename(), in);
        }
      }
    } else {
      String name = ctx.queryParam("filename");
      if (name == null || name.isBlank()) {
        name = dispositionName(ctx.header("Content-Disposition"));
      }
      if (name == null || name.isBlank()) {
        reject(ctx, 400, "bad_request", "Give the file's name: ?filename=NAME or a"
            + " Content-Disposition header, or send multipart/form-data.");
        return false;
      }
      try (InputStream in = ctx.bodyInputStream()) {
        uploads.add(name, in);
      }
    }
    if (uploads.files().isEmpty()) {
      reject(ctx, 400, "bad_request", "The request holds no file.");
      return false;
    }
    return true;
  }

  private void answer(Context ctx, Uploads uploads, ReportFormat format) throws IOException {
    long start = System.nanoTime();
    Instant started = Instant.now();
    // one job per request: the slots bound the scans running at once
    ScanEngine engine = new ScanEngine(settings.limits(), settings.policy(), 1);
    List<FileReport> files = new ArrayList<>();
    int inspected = engine.scan(uploads.files(), r -> files.add(new FileReport(
        uploads.shownName(r.path()), r.type(), r.verdict(), r.findings(), r.size(), r.sha256())));
    // the run as `foilint scan` describes it, inputs named as uploaded
    ScanReport.Run run = ScanReport.Run.ended(
        RulesVersion.of(FoiLint.version(), settings.policy(), settings.limits()), started,
        Clock.systemUTC(), uploads.files().stream().map(p -> uploads.shownName(p.toString())).toList());
    ScanReport report = new ScanReport(FoiLint.version(), files, run);
    double seconds = (System.nanoTime() - start) / 1e9;
    Verdict verdict = report.verdict();
    if (inspected == 0 && verdict != Verdict.BLOCK) {
      // as `foilint scan`'s exit 2: nothing was checked, so nothing can be cleared
      reject(ctx, 422, "bad_request", "No file could be inspected; nothing can be cleared.");
      return;
    }
    StringWriter body = new StringWriter();
    format.reporter().write(report, body);
    metrics.scanned(verdict, seconds);
    settings.log().accept(String.format(Locale.ROOT, "scan: %d file(s), %d bytes, %s, %d ms",
        uploads.files().size(), uploads.bytes(), verdict, Math.round(seconds * 1000)));
    ctx.header("X-Foilint-Verdict", verdict.name());
    // the exit code `foilint scan` would give (its default --fail-on block; 2 when nothing
    // could be opened, e.g. every file over the time limit: BLOCK all the same)
    ctx.header("X-Foilint-Exit-Code", inspected == 0 ? "2" : verdict == Verdict.BLOCK ? "1" : "0");
    ctx.status(200).contentType(format.mediaType + "; charset=utf-8").result(body.toString());
  }

  /**
   * Reads and drops up to {@code max} bytes of a refused body: answering while the client is
   * still sending makes Jetty close the connection, which clients see as a failed request rather
   * than the 503 they should retry on or the 413 that says why (measured: 7 of 187 busy answers
   * under load before this; a chunked multipart 413 in ServeTest). A body larger than that is cut
   * off: reading gigabytes only to refuse them would cost more than the failed request.
   */
  private static void drain(Context ctx, long max) {
    byte[] buf = new byte[64 * 1024];
    long left = max;
    try (InputStream in = ctx.req().getInputStream()) {
      for (int n; left > 0 && (n = in.read(buf)) > 0; ) {
        left -= n;
      }
    } catch (IOException e) {
      // the client went away: nothing to answer it
    }
  }

  /** Jetty's spilled multipart parts go with the request, whatever happened. */
  private static void deleteParts(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      return;
    }
    try {
      for (Part p : ctx.req().getParts()) {
        p.delete();
      }
    } catch (Exception e) {
      // parts never parsed: nothing spilled
    }
  }

  static String dispositionName(String header) {
    if (header == null) {
      return null;
    }
    Matcher m = DISPOSITION_NAME.matcher(header);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  private void reject(Context ctx, int status, String reason, String message) {
    metrics.rejected(reason);
    settings.log().accept("rejected: " + reason + " (" + status + ")");
    if (status == 413) {
      // Jetty closes the connection after a refused body it did not read to the end; saying so
      // keeps a client from sending its next request down that closed connection
      ctx.header("Connection", "close");
    }
    error(ctx, status, message);
  }

  private void error(Context ctx, int status, String message) {
    try {
      ctx.status(status).contentType("application/json")
          .result(json.writeValueAsString(Map.of("error", message)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FoilintServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
