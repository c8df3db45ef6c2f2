package io.foilint.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.model.FileType;
import io.foilint.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedRunsTest {

  /**
   * One slow input must not hold the other job back: while the first input runs, the second job
   * goes on through the inputs behind it (up to the in-flight window), and the reports still come
   * out in input order.
   */
  @Test
  void otherJobsRunAheadOfASlowInputAndReportsStayInOrder() throws InterruptedException {
    int behind = 40; // a slow embedded PDF in a folder of small answers
    CountDownLatch othersDone = new CountDownLatch(behind);
    AtomicInteger finishedWhileSlowRan = new AtomicInteger(-1);
    List<String> delivered = new ArrayList<>();
    try (OrderedRuns runs = new OrderedRuns(2, r -> delivered.add(r.path()))) {
      runs.submit(out -> {
        try {
          // the slow file: waits until the other job has finished the inputs behind it
          boolean all = othersDone.await(20, TimeUnit.SECONDS);
          finishedWhileSlowRan.set(all ? behind : (int) (behind - othersDone.getCount()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        out.accept(report("slow"));
        return 1;
      });
      for (int i = 0; i < behind; i++) {
        String name = "quick-" + i;
        runs.submit(out -> {
          out.accept(report(name));
          othersDone.countDown();
          return 1;
        });
      }
      assertThat(runs.finish()).isEqualTo(behind + 1);
    }
    assertThat(finishedWhileSlowRan.get()).isEqualTo(behind);
    List<String> expected = new ArrayList<>(List.of("slow"));
    for (int i = 0; i < behind; i++) {
      expected.add("quick-" + i);
    }
    assertThat(delivered).containsExactlyElementsOf(expected);
  }

  private static FileReport report(String name) {
    return new FileReport(name, FileType.CSV, Verdict.PASS, List.of());
  }
}
