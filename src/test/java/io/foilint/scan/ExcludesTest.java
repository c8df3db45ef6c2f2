package io.foilint.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --exclude: names without a slash, paths with one; the scanned folder itself never; counted. */
class ExcludesTest {

  @Test
  void aGlobWithoutSlashMatchesNamesAtAnyDepthAndOneWithSlashThePath() {
    Excludes x = new Excludes(List.of("*.tmp", "2015/drafts/**"));
    assertThat(x.test(Path.of("a.tmp"))).isTrue();
    assertThat(x.test(Path.of("deep/er/b.tmp"))).isTrue();
    assertThat(x.test(Path.of("b.tmp.xlsx"))).isFalse();
    assertThat(x.test(Path.of("2015/drafts/x/answer.xlsx"))).isTrue();
    assertThat(x.test(Path.of("2016/drafts/answer.xlsx"))).isFalse();
    assertThat(x.excluded()).isEqualTo(3);
  }

  @Test
  void theFolderBeingScannedIsNeverExcludedAndNoGlobsExcludeNothing() {
    Excludes all = new Excludes(List.of("*"));
    assertThat(all.test(Path.of(""))).isFalse();
    assertThat(all.test(Path.of("answer.csv"))).isTrue();
    assertThat(Excludes.NONE.test(Path.of("answer.csv"))).isFalse();
    assertThat(Excludes.NONE.excluded()).isZero();
  }
}
