package io.foilint.serve;

import io.foilint.verdict.Verdict;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The service's Prometheus metrics, in a registry of its own (two servers in one JVM, as in the
 * tests, do not share counts): scans by verdict, scan durations, requests turned away by reason.
 */
final class ServeMetrics {

  static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter scans = Counter.builder()
      .name("foilint_scans_total")
      .help("Scan requests answered, by the request's overall verdict")
      .labelNames("verdict")
      .register(registry);
  private final Histogram durations = Histogram.builder()
      .name("foilint_scan_duration_seconds")
      .help("Time from the upload being stored to the report being ready")
      .classicUpperBounds(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)
      .register(registry);
  private final Counter rejected = Counter.builder()
      .name("foilint_rejected_requests_total")
      .help("Requests turned away: unauthorized, too_large, busy, bad_request")
      .labelNames("reason")
      .register(registry);

  ServeMetrics() {
    for (Verdict v : Verdict.values()) {
      scans.labelValues(v.name()).inc(0); // every verdict present from the start, at 0
    }
    for (String r : new String[] {"unauthorized", "too_large", "busy", "bad_request"}) {
      rejected.labelValues(r).inc(0);
    }
  }

  void scanned(Verdict v, double seconds) {
    scans.labelValues(v.name()).inc();
    durations.observe(seconds);
  }

  void rejected(String reason) {
    rejected.labelValues(reason).inc();
  }

  String text() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
    return out.toString(StandardCharsets.UTF_8);
  }
}
