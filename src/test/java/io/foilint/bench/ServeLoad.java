package io.foilint.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on {@code foilint serve} (issue 12 item 6, run by src/tools/bench/serve-load.sh).
 *
 * <p>{@code inputs DIR}: writes the mix: a personnel workbook of about 1 MB (hidden sheet, so it
 * BLOCKs), a 30-page letter PDF and the zip-bomb fixture. {@code run BASE_URL SECONDS CLIENTS
 * FILE...}: CLIENTS threads post the files in turn (raw body, ?filename=) for SECONDS and print
 * requests/s, p50/p99 latency of answered scans, and every status and verdict counted.
 */
public final class ServeLoad {

  private ServeLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("inputs")) {
      inputs(Path.of(args[1]));
    } else if (args.length >= 5 && args[0].equals("run")) {
      List<Path> files = new ArrayList<>();
      for (int i = 4; i < args.length; i++) {
        files.add(Path.of(args[i]));
      }
      run(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), files);
    } else {
      System.err.println("usage: ServeLoad inputs DIR | run BASE_URL SECONDS CLIENTS FILE...");
      System.exit(2);
    }
  }

  static void inputs(Path dir) throws Exception {
    Files.createDirectories(dir);
    // about 1 MB: the row count found by trying (one hidden sheet of staff records)
    Path book = PersonnelWorkbooks.write(dir.resolve("staff-1mb.xlsx"), 27_000, true);
    PdfBenchmark.writeLetter(dir.resolve("letter-30-pages.pdf"), 30);
    Files.copy(Path.of("test-fixtures/xlsx/zip-bomb-sheet-ratio.xlsx"), dir.resolve("zip-bomb.xlsx"),
        StandardCopyOption.REPLACE_EXISTING);
    for (String f : List.of("staff-1mb.xlsx", "letter-30-pages.pdf", "zip-bomb.xlsx")) {
      System.out.printf(Locale.ROOT, "%s %d bytes%n", f, Files.size(dir.resolve(f)));
    }
    if (Files.size(book) < 800_000 || Files.size(book) > 1_300_000) {
      System.out.println("workbook not about 1 MB: adjust the row count");
    }
  }

  static void run(String base, int seconds, int clients, List<Path> files) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    List<byte[]> bodies = new ArrayList<>();
    for (Path f : files) {
      bodies.add(Files.readAllBytes(f));
    }
    Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int first = c;
      Thread t = new Thread(() -> {
        for (int i = first; System.nanoTime() < end; i++) {
          int k = i % files.size();
          HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/v1/scan?filename="
                  + files.get(k).getFileName()))
              .timeout(Duration.ofSeconds(600))
              .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(k))).build();
          long t0 = System.nanoTime();
          String key;
          try {
            HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
            key = r.statusCode() + (r.statusCode() == 200
                ? " " + files.get(k).getFileName() + " " + r.headers().firstValue("X-Foilint-Verdict").orElse("?")
                : "");
            if (r.statusCode() == 200) {
              latencies.add(System.nanoTime() - t0);
            } else if (r.statusCode() == 503) {
              Thread.sleep(100); // a client told to come back does not hammer at once
            }
          } catch (Exception e) {
            key = "failed " + e.getClass().getSimpleName();
          }
          counts.computeIfAbsent(key, x -> new AtomicLong()).incrementAndGet();
        }
      });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    long total = counts.values().stream().mapToLong(AtomicLong::get).sum();
    System.out.printf(Locale.ROOT, "clients %d, %.1f s: %d requests (%.1f/s), %d scans answered (%.2f/s)%n",
        clients, elapsed, total, total / elapsed, sorted.size(), sorted.size() / elapsed);
    if (!sorted.isEmpty()) {
      System.out.printf(Locale.ROOT, "scan latency p50 %.2f s, p99 %.2f s, max %.2f s%n",
          pct(sorted, 50), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e9);
    }
    new TreeMap<>(counts).forEach((k, v) -> System.out.println("  " + k + ": " + v.get()));
  }

  private static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1e9;
  }
}
