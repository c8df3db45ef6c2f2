package io.foilint.extract.ole;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.hpsf.ClassIDPredefined;
import org.junit.jupiter.api.Test;

/** Object classes are named as an officer calls them, never by an internal name or content type. */
class OleObjectTypeWordsTest {

  @Test
  void knownClassesInWords() {
    assertThat(OleObjectPayload.inWords(ClassIDPredefined.PDF, "OLE object")).isEqualTo("PDF document");
    assertThat(OleObjectPayload.inWords(ClassIDPredefined.EXCEL_V8, "OLE object")).isEqualTo("Excel workbook");
    assertThat(OleObjectPayload.inWords(ClassIDPredefined.EXCEL_V8_CHART, "OLE object")).isEqualTo("Excel chart");
    assertThat(OleObjectPayload.inWords(ClassIDPredefined.WORD_V12, "OLE object")).isEqualTo("Word document");
    assertThat(OleObjectPayload.inWords(ClassIDPredefined.POWERPOINT_V8, "OLE object")).isEqualTo("PowerPoint presentation");
    assertThat(OleObjectPayload.inWords(ClassIDPredefined.EQUATION_V3, "OLE object")).isEqualTo("equation");
    assertThat(OleObjectPayload.inWords(ClassIDPredefined.STD_MONIKER, "OLE object")).isEqualTo("OLE object");
  }

  @Test
  void noClassPrintsItsEnumNameOrContentType() {
    for (ClassIDPredefined c : ClassIDPredefined.values()) {
      assertThat(OleObjectPayload.inWords(c, "OLE object")).doesNotContain("_").doesNotContain("/");
    }
  }
}
