package io.foilint.scan;

import io.foilint.extract.Extractor;
import io.foilint.extract.Extractors;
import io.foilint.extract.Limits;
import io.foilint.model.FileType;
import io.foilint.verdict.Policy;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test only (it lives in the test classes, so no production run can start it, and the production
 * worker has no switch that loads it): a worker whose readers kill their own process on a file
 * that starts with a marker, the way a hostile or pathological file might — by exhausting the
 * heap, by halting the JVM as a native crash does, or by freezing the whole JVM (SIGSTOP) so it
 * never answers. Any other file is read by the real reader.
 */
public final class KillingWorkerMain {

  static final String MARKER = "FOILINT-TEST-KILL:";

  private KillingWorkerMain() {}

  public static void main(String[] args) throws Exception {
    FileOutputStream protocol = new FileOutputStream(FileDescriptor.out);
    Limits limits = Limits.DEFAULT
        .withTimePerFile(Duration.ofMillis(Long.parseLong(args[0])))
        .withMaxFileBytes(Long.parseLong(args[1]));
    ScanEngine engine = new ScanEngine(limits, Policy.DEFAULT, type -> killing(type));
    WorkerMain.serve(engine, System.in, protocol);
    System.exit(0);
  }

  private static Optional<Extractor> killing(FileType type) {
    return Extractors.forType(type).map(real -> (file, context, out) -> {
      String head = head(file);
      if (head.startsWith(MARKER + "heap")) {
        List<long[]> hog = new ArrayList<>();
        while (true) {
          hog.add(new long[1 << 20]);
        }
      } else if (head.startsWith(MARKER + "halt")) {
        Runtime.getRuntime().halt(70);
      } else if (head.startsWith(MARKER + "freeze")) {
        Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid()))
            .start();
        try {
          stop.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      real.extract(file, context, out);
    });
  }

  private static String head(Path file) throws java.io.IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(40), StandardCharsets.ISO_8859_1);
    }
  }
}
