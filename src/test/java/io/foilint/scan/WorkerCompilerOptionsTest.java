package io.foilint.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerCompilerOptionsTest {

  @Test
  void workersTakeTheLaunchersCompilerOptionsAndNothingElse() {
    assertThat(WorkerPool.compilerOptions(List.of("-Xmx1g", "-XX:+UseParallelGC",
            "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-XX:Tier4CompileThreshold=75000")))
        .containsExactly("-XX:TieredStopAtLevel=1", "-XX:Tier4CompileThreshold=75000");
    assertThat(WorkerPool.compilerOptions(List.of("-Xmx1g", "-XX:+UseParallelGC"))).isEmpty();
  }
}
