package io.foilint.bench.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * What {@code tika-app -i DIR -o OUT} does, in one JVM: every regular file under the folders
 * given, parsed by AutoDetectParser (embedded documents too) with N threads, text and metadata
 * extracted and dropped. Prints files, bytes, failures and seconds. Usage: TikaBatch N DIR...
 */
public final class TikaBatch {

  private TikaBatch() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    AutoDetectParser parser = new AutoDetectParser();
    AtomicLong bytes = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (Path f : files) {
      done.add(pool.submit(() -> {
        try (InputStream in = TikaInputStream.get(f)) {
          BodyContentHandler text = new BodyContentHandler(-1);
          ParseContext context = new ParseContext();
          context.set(Parser.class, parser); // embedded documents too, as tika-app does
          parser.parse(in, text, new Metadata(), context);
          chars.addAndGet(text.toString().length());
        } catch (Exception | StackOverflowError e) {
          failed.incrementAndGet();
        }
        try {
          bytes.addAndGet(Files.size(f));
        } catch (IOException e) {
          failed.incrementAndGet();
        }
      }));
    }
    for (Future<?> d : done) {
      d.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "tika-batch files=%d bytes=%d failed=%d chars=%d seconds=%.1f%n",
        files.size(), bytes.get(), failed.get(), chars.get(), seconds);
  }
}
