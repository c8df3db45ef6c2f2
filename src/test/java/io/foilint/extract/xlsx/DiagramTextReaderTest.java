package io.foilint.extract.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.junit.jupiter.api.Test;

class DiagramTextReaderTest {

  private static final String DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

  /** A package holding one part of {@code contentType} with {@code xml}, reopened for reading. */
  private static RecordingHandler read(String contentType, String xml) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OPCPackage pkg = OPCPackage.create(bytes)) {
      PackagePart part = pkg.createPart(
          PackagingURIHelper.createPartName("/xl/diagrams/data1.xml"), contentType);
      try (OutputStream out = part.getOutputStream()) {
        out.write(xml.getBytes(StandardCharsets.UTF_8));
      }
    }
    RecordingHandler out = new RecordingHandler();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes.toByteArray()))) {
      XlsxPackageParts parts = XlsxPackageParts.indexParts(pkg);
      new DiagramTextReader(parts, out).readAll();
      assertThat(parts.isHandled("xl/diagrams/data1.xml"))
          .isEqualTo(contentType.equals(DiagramTextReader.DATA));
    }
    return out;
  }

  @Test
  void theNamesInAnOrganisationChartAreShapeTextOfItsDataPart() throws Exception {
    RecordingHandler out = read(DiagramTextReader.DATA, "<dgm:dataModel xmlns:dgm=\"" + DGM
        + "\" xmlns:a=\"" + A + "\"><dgm:ptLst><dgm:pt><dgm:t><a:p><a:r><a:t>Chief Constable"
        + " Niamh Quenby</a:t></a:r></a:p></dgm:t></dgm:pt><dgm:pt><dgm:t><a:p><a:r>"
        + "<a:t>Deputy Aled Hartwell</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst>"
        + "</dgm:dataModel>");

    assertThat(out.texts).singleElement().satisfies(t -> {
      assertThat(t.kind()).isEqualTo(TextKind.SHAPE_TEXT);
      assertThat(t.text()).isEqualTo("Chief Constable Niamh Quenby\nDeputy Aled Hartwell");
      assertThat(t.location().toString()).contains("xl/diagrams/data1.xml");
    });
  }

  @Test
  void otherPartsAndEmptyDiagramsGiveNoText() throws Exception {
    assertThat(read("application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml",
        "<dgm:layoutDef xmlns:dgm=\"" + DGM + "\"/>").texts).isEmpty();
    assertThat(read(DiagramTextReader.DATA, "<dgm:dataModel xmlns:dgm=\"" + DGM + "\"/>").texts)
        .extracting(TextBlock::text).isEmpty();
  }
}
