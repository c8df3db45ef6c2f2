package io.foilint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BoundedCopyNameTest {

  @Test
  void theCopyIsNamedAfterTheEmbeddedDocumentAndRemovedWithItsFolder() throws Exception {
    Path copy = BoundedCopy.toNamedTempFile(new ByteArrayInputStream(new byte[] {1, 2}), 10,
        "test", "attachment 2: staff list.csv");
    try {
      assertThat(copy.getFileName().toString()).isEqualTo("staff list.csv");
      assertThat(Files.readAllBytes(copy)).containsExactly(1, 2);
    } finally {
      BoundedCopy.delete(copy);
    }
    assertThat(copy).doesNotExist();
    assertThat(copy.getParent()).doesNotExist();
  }

  @Test
  void namesThatCannotBeFileNamesAreMadeSafeOrDropped() {
    assertThat(BoundedCopy.lastPart("a/b\\c.xlsx")).isEqualTo("c.xlsx");
    assertThat(BoundedCopy.lastPart("x:/../..")).isEmpty();
    assertThat(BoundedCopy.lastPart("attachment 1")).isEqualTo("attachment 1");
    assertThat(BoundedCopy.lastPart("we*ird?.csv")).isEqualTo("we_ird_.csv");
    assertThat(BoundedCopy.lastPart("")).isEmpty();
  }
}
