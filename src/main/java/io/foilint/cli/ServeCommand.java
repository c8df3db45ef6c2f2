package io.foilint.cli;

import io.foilint.FoiLint;
import io.foilint.extract.Limits;
import io.foilint.serve.FoilintServer;
import io.foilint.serve.ServeSettings;
import io.foilint.serve.Tokens;
import io.foilint.verdict.Policy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code foilint serve} — the gate as an HTTP service with an upload page. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run foilint as an HTTP service: POST /v1/scan, the upload page at /, /metrics, /openapi.json.",
      "Listens on 127.0.0.1 unless --host is given; any other address needs bearer tokens",
      "(--tokens-file or the FOILINT_TOKENS environment variable)."
    })
final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--host", defaultValue = ServeSettings.LOOPBACK,
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--tokens-file", paramLabel = "FILE",
      description = "bearer tokens, one a line; else FOILINT_TOKENS (comma-separated). Required"
          + " when --host is not a loopback address")
  Path tokensFile;

  @Option(names = "--max-upload", paramLabel = "MB", defaultValue = "100",
      description = "largest request body in MB (default: ${DEFAULT-VALUE}); larger ones get 413")
  long maxUploadMb;

  @Option(names = "--max-scans", paramLabel = "N",
      description = "scans at once (default: the number of processors, here ${DEFAULT-VALUE});"
          + " a request beyond them gets 503 with Retry-After")
  int maxScans = Runtime.getRuntime().availableProcessors();

  @CommandLine.Mixin PolicyOption policyOption;

  @CommandLine.Mixin LimitOptions limitOptions;

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    if (port < 0 || port > 65535 || maxUploadMb <= 0 || maxScans <= 0 || !limitOptions.valid()) {
      throw new CommandLine.ParameterException(cl,
          "--port must be 0-65535; --max-upload, --max-scans, --time-limit and --max-file-size positive");
    }
    Tokens tokens;
    try {
      tokens = tokensFile != null ? Tokens.fromFile(tokensFile) : Tokens.fromEnv(System.getenv("FOILINT_TOKENS"));
    } catch (IOException e) {
      throw new CommandLine.ParameterException(cl, "Cannot read --tokens-file: " + e.getMessage());
    }
    if (tokensFile != null && tokens.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "--tokens-file holds no token");
    }
    Policy policy = policyOption.load(cl);
    Limits limits = limitOptions.limits();
    PrintWriter err = cl.getErr();
    ServeSettings settings = new ServeSettings(host, port, tokens, maxUploadMb * 1024 * 1024,
        maxScans, limits, policy, ServeSettings.ScanGate.NONE, line -> {
          synchronized (err) {
            err.println("foilint serve: " + line);
            err.flush();
          }
        });
    FoilintServer server;
    try {
      server = FoilintServer.start(settings);
    } catch (IllegalStateException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    err.printf("foilint %s serving on http://%s:%d/ (%d scan(s) at once, uploads up to %d MB, %s)%n",
        FoiLint.version(), host.contains(":") ? "[" + host + "]" : host, server.port(), maxScans,
        maxUploadMb, tokens.isEmpty() ? "no token needed on this loopback address"
            : tokens.size() + " bearer token(s)");
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "foilint-serve-stop"));
    stopped.await(); // until SIGINT/SIGTERM; the uploads folder goes with TempFiles' own hook
    return ExitCodes.OK;
  }
}
