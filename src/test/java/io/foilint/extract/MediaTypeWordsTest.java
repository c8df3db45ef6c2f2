package io.foilint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A media type is told in words, never as the raw type. */
class MediaTypeWordsTest {

  @Test
  void commonTypesInWords() {
    assertThat(MediaTypeWords.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "attached file"))
        .isEqualTo("Excel workbook");
    assertThat(MediaTypeWords.of("application/pdf", "attached file")).isEqualTo("PDF document");
    assertThat(MediaTypeWords.of("text/csv", "attached file")).isEqualTo("CSV file");
    assertThat(MediaTypeWords.of("application/msword", "attached file")).isEqualTo("Word document");
    assertThat(MediaTypeWords.of("application/vnd.ms-office.activeX+xml", "x")).isEqualTo("ActiveX control");
    assertThat(MediaTypeWords.of("application/vnd.openxmlformats-officedocument.oleObject", "x")).isEqualTo("OLE object");
  }

  @Test
  void unknownOrMissingTypesAreAnAttachedFile() {
    assertThat(MediaTypeWords.of(null, "attached file")).isEqualTo("attached file");
    assertThat(MediaTypeWords.of("application/x-foo", "attached file")).isEqualTo("attached file");
  }
}
