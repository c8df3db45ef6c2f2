package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfXmpMetadataTest {

  @TempDir Path dir;

  private static final String XMP = """
      <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
      <x:xmpmeta xmlns:x="adobe:ns:meta/">
       <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
            xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#"
            pdf:Producer="Acrobat Distiller 23.0" xmpMM:DocumentID="uuid:1234">
         <xmp:CreatorTool>Microsoft Word for Microsoft 365</xmp:CreatorTool>
         <dc:creator><rdf:Seq><rdf:li>Jane Smith</rdf:li><rdf:li>Tom Brown</rdf:li></rdf:Seq></dc:creator>
         <dc:title><rdf:Alt><rdf:li xml:lang="x-default">C:\\Users\\jsmith\\Documents\\complaint.docx</rdf:li></rdf:Alt></dc:title>
         <xmpMM:History><rdf:Seq>
           <rdf:li rdf:parseType="Resource"><stEvt:action>saved</stEvt:action>
             <stEvt:softwareAgent>Adobe Acrobat Pro 23</stEvt:softwareAgent>
             <stEvt:instanceID>uuid:abcd</stEvt:instanceID></rdf:li>
           <rdf:li stEvt:action="converted" stEvt:softwareAgent="Word 16"/>
         </rdf:Seq></xmpMM:History>
        </rdf:Description>
       </rdf:RDF>
      </x:xmpmeta>
      <?xpacket end="w"?>
      """;

  @Test
  void reportsCreatorToolProducerHistoryAndPaths() throws Exception {
    RecordingHandler out = extractWith(XMP);

    assertThat(out.facts(FactKind.DOCUMENT_PROPERTY)).extracting(Fact::name, Fact::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("xmp:pdf:Producer", "Acrobat Distiller 23.0"),
            org.assertj.core.groups.Tuple.tuple("xmp:xmp:CreatorTool", "Microsoft Word for Microsoft 365"),
            org.assertj.core.groups.Tuple.tuple("xmp:dc:creator", "Jane Smith"),
            org.assertj.core.groups.Tuple.tuple("xmp:dc:creator", "Tom Brown"),
            org.assertj.core.groups.Tuple.tuple("xmp:xmpMM:History/stEvt:action", "saved"),
            org.assertj.core.groups.Tuple.tuple("xmp:xmpMM:History/stEvt:softwareAgent", "Adobe Acrobat Pro 23"),
            org.assertj.core.groups.Tuple.tuple("xmp:xmpMM:History/stEvt:action", "converted"),
            org.assertj.core.groups.Tuple.tuple("xmp:xmpMM:History/stEvt:softwareAgent", "Word 16"))
        .noneMatch(t -> String.valueOf(t.toList().get(1)).startsWith("uuid:"));
    assertThat(out.facts(FactKind.SAVE_PATH)).extracting(Fact::value)
        .containsExactly("C:\\Users\\jsmith\\Documents\\complaint.docx");
  }

  @Test
  void aDoctypeIsRefused() throws Exception {
    String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">&e;</x:xmpmeta>";
    ExtractionException e = catchThrowableOfType(ExtractionException.class, () -> extractWith(hostile));
    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo(Reason.XML_ENTITY);
  }

  @Test
  void damagedXmpIsNamedAsNotChecked() throws Exception {
    RecordingHandler out = extractWith("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF>");
    assertThat(out.facts(FactKind.UNINSPECTED_PART)).extracting(Fact::name).containsExactly("XMP metadata");
  }

  @Test
  void infoDictionaryTitleWithAPathIsASavePath() throws Exception {
    Path pdf = dir.resolve("title.pdf");
    try (PDDocument doc = new PDDocument()) {
      PdfTestFiles.addPage(doc, "text");
      doc.getDocumentInformation().setTitle("Microsoft Word - \\\\fileserver\\hr\\cases\\smith.docx");
      doc.save(pdf.toFile());
    }
    assertThat(PdfTestFiles.extract(pdf).facts(FactKind.SAVE_PATH)).extracting(Fact::value)
        .containsExactly("\\\\fileserver\\hr\\cases\\smith.docx");
  }

  @Test
  void realXmpPacketsParse() throws Exception {
    RecordingHandler out = PdfTestFiles.extract(Corpus.file("pdf/tika__testPDF_twoAuthors.pdf"));
    assertThat(out.facts(FactKind.DOCUMENT_PROPERTY)).extracting(Fact::name).anyMatch(n -> n.startsWith("xmp:"));
    assertThat(out.facts(FactKind.UNINSPECTED_PART)).isEmpty();
  }

  private RecordingHandler extractWith(String xmp) throws Exception {
    Path pdf = dir.resolve("xmp.pdf");
    try (PDDocument doc = new PDDocument()) {
      PdfTestFiles.addPage(doc, "Annual report");
      PDMetadata metadata = new PDMetadata(doc, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
      doc.getDocumentCatalog().setMetadata(metadata);
      doc.save(pdf.toFile());
    }
    return PdfTestFiles.extract(pdf);
  }
}
