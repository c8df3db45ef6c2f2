package io.foilint.scan;

import io.foilint.detect.BuiltInDetectors;
import io.foilint.extract.Limits;
import io.foilint.extract.TempFiles;
import io.foilint.verdict.Policy;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A worker process of {@link WorkerPool}: scans the top-level files it is sent, one at a time,
 * exactly as an in-process one-job scan does, and answers with the reports (see
 * {@link WorkerWire}). Started by the pool only; arguments: time limit in milliseconds, largest
 * file in bytes, and optionally the policy file.
 */
public final class WorkerMain {

  private WorkerMain() {}

  public static void main(String[] args) throws Exception {
    // The protocol owns the real stdout; whatever a library prints goes to stderr (discarded).
    OutputStream protocol = new FileOutputStream(FileDescriptor.out);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    Limits limits =
        Limits.DEFAULT
            .withTimePerFile(Duration.ofMillis(Long.parseLong(args[0])))
            .withMaxFileBytes(Long.parseLong(args[1]));
    Policy policy =
        args.length > 2 ? Policy.load(Path.of(args[2]), BuiltInDetectors.rules()) : Policy.DEFAULT;
    try {
      serve(new ScanEngine(limits, policy), System.in, protocol);
    } finally {
      TempFiles.cleanUp();
    }
    System.exit(0);
  }

  /** Answers requests until stdin closes. Package-private: tests serve with other readers. */
  static void serve(ScanEngine engine, InputStream in, OutputStream out) throws IOException {
    BufferedReader requests = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Writer answers = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    answers.write(WorkerWire.READY + "\n");
    answers.flush();
    String line;
    while ((line = requests.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      WorkerWire.Request req = WorkerWire.read(line, WorkerWire.Request.class);
      int inspected = engine.scanInput(Path.of(req.path()), req.display(), r -> {
        try {
          answers.write(WorkerWire.REPORT + WorkerWire.write(r) + "\n");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      // A reader thread abandoned past the time limit may still be running (and holding memory):
      // this worker is then replaced after answering rather than trusted with the next file.
      boolean recycle = scanThreadsAlive();
      answers.write(WorkerWire.DONE + inspected + " " + (recycle ? 1 : 0) + "\n");
      answers.flush();
      if (recycle) {
        return;
      }
    }
  }

  private static boolean scanThreadsAlive() {
    ThreadGroup g = Thread.currentThread().getThreadGroup();
    Thread[] all = new Thread[g.activeCount() + 16];
    int n = g.enumerate(all, true);
    for (int i = 0; i < n; i++) {
      if (all[i] != null && all[i].isAlive() && "foilint-scan".equals(all[i].getName())) {
        return true;
      }
    }
    return false;
  }
}
