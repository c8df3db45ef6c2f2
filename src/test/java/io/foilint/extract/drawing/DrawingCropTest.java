package io.foilint.extract.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.xlsx.XlsxXmlReader;
import io.foilint.model.Location;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DrawingCropTest {

  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private static DrawingCrop read(String srcRect) throws Exception {
    String xml = "<pic:blipFill xmlns:pic=\"p\" xmlns:a=\"" + A + "\" xmlns:r=\"" + R + "\">"
        + "<a:blip r:embed=\"rId7\"/>" + srcRect + "<a:stretch><a:fillRect/></a:stretch>"
        + "</pic:blipFill>";
    try (XlsxXmlReader reader = XlsxXmlReader.open("word/document.xml",
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
      reader.nextStart();
      DrawingCrop crop = DrawingCrop.read(reader);
      assertThat(reader.isEnd("blipFill")).as("left on the blipFill's end").isTrue();
      return crop;
    }
  }

  @Test
  void sidesCutOffAreReadInThousandthsOfAPercent() throws Exception {
    DrawingCrop crop = read("<a:srcRect l=\"25000\" b=\"12500\"/>");
    assertThat(crop.isCropped()).isTrue();
    assertThat(crop.embed()).isEqualTo("rId7");
    assertThat(crop.describe()).isEqualTo("left 25%, bottom 12.5% cut off");
    var fact = crop.toFact(Location.of("paragraph 3"), "Picture 2", "word/media/image1.png");
    assertThat(fact.attrs()).containsEntry("left", "25").containsEntry("bottom", "12.5")
        .containsEntry("top", "0").containsEntry("target", "word/media/image1.png");
  }

  @Test
  void strictPercentagesAreReadToo() throws Exception {
    assertThat(read("<a:srcRect t=\"10%\"/>").describe()).isEqualTo("top 10% cut off");
  }

  @Test
  void noSrcRectAnEmptyOneOrPaddingIsNoCrop() throws Exception {
    assertThat(read("").isCropped()).isFalse();
    assertThat(read("<a:srcRect/>").isCropped()).isFalse();
    assertThat(read("<a:srcRect l=\"-5000\" r=\"0\"/>").isCropped()).isFalse();
    assertThat(read("<a:srcRect l=\"x\"/>").isCropped()).isFalse();
  }
}
