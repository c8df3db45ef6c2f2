package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An attachment's media type is told in words, never as the raw type. */
class AttachedFileTypeTest {

  @Test
  void commonTypesInWords() {
    assertThat(PdfAttachments.attachedFileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .isEqualTo("Excel workbook");
    assertThat(PdfAttachments.attachedFileType("application/pdf")).isEqualTo("PDF document");
    assertThat(PdfAttachments.attachedFileType("text/csv")).isEqualTo("CSV file");
    assertThat(PdfAttachments.attachedFileType("application/msword")).isEqualTo("Word document");
  }

  @Test
  void unknownOrMissingTypesAreAnAttachedFile() {
    assertThat(PdfAttachments.attachedFileType(null)).isEqualTo("attached file");
    assertThat(PdfAttachments.attachedFileType("application/x-foo")).isEqualTo("attached file");
  }
}
