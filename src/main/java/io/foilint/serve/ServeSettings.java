package io.foilint.serve;

import io.foilint.extract.Limits;
import io.foilint.verdict.Policy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Consumer;

/**
 * How {@code foilint serve} runs.
 *
 * @param host the address to bind; loopback unless told otherwise
 * @param port 0 for any free port (tests)
 * @param tokens bearer tokens; required unless {@code host} is a loopback address
 * @param maxUploadBytes the largest request body accepted (413 beyond)
 * @param maxScans scans running at once; a request beyond them gets 503 with Retry-After
 * @param limits per-file limits, as {@code foilint scan}'s (time limit, largest file)
 * @param policy rule severities, as {@code foilint scan --policy}
 * @param gate called with each scan's upload folder once its files are written, before the scan
 *     (tests hold a scan here to fill every slot, or fail one)
 * @param log one line per request, never with file names or content
 */
public record ServeSettings(
    String host,
    int port,
    Tokens tokens,
    long maxUploadBytes,
    int maxScans,
    Limits limits,
    Policy policy,
    ScanGate gate,
    Consumer<String> log) {

  public static final String LOOPBACK = "127.0.0.1";

  /** Called before each scan with its upload folder; a test seam. */
  public interface ScanGate {
    ScanGate NONE = folder -> {};

    void beforeScan(java.nio.file.Path folder) throws Exception;
  }

  public ServeSettings {
    if (maxUploadBytes <= 0 || maxScans <= 0 || port < 0) {
      throw new IllegalArgumentException("upload limit and scans must be positive, port 0 or more");
    }
  }

  /** Loopback, any free port, no token, 100 MB, one scan per processor, default limits. */
  public static ServeSettings defaults() {
    return new ServeSettings(LOOPBACK, 0, Tokens.NONE, 100L * 1024 * 1024,
        Runtime.getRuntime().availableProcessors(), Limits.DEFAULT, Policy.DEFAULT, ScanGate.NONE,
        line -> {});
  }

  public ServeSettings withTokens(Tokens t) {
    return new ServeSettings(host, port, t, maxUploadBytes, maxScans, limits, policy, gate, log);
  }

  public ServeSettings withMaxUploadBytes(long b) {
    return new ServeSettings(host, port, tokens, b, maxScans, limits, policy, gate, log);
  }

  public ServeSettings withMaxScans(int n) {
    return new ServeSettings(host, port, tokens, maxUploadBytes, n, limits, policy, gate, log);
  }

  public ServeSettings withGate(ScanGate g) {
    return new ServeSettings(host, port, tokens, maxUploadBytes, maxScans, limits, policy, g, log);
  }

  public ServeSettings withHost(String h, int p) {
    return new ServeSettings(h, p, tokens, maxUploadBytes, maxScans, limits, policy, gate, log);
  }

  /** Whether {@code host} only answers this machine (127.0.0.0/8, ::1, localhost). */
  public boolean loopback() throws UnknownHostException {
    for (InetAddress a : InetAddress.getAllByName(host)) {
      if (!a.isLoopbackAddress()) {
        return false;
      }
    }
    return true;
  }
}
