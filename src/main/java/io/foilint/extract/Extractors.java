package io.foilint.extract;

import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.csv.CsvExtractor;
import io.foilint.extract.doc.DocExtractor;
import io.foilint.extract.docx.DocxExtractor;
import io.foilint.extract.mail.EmlExtractor;
import io.foilint.extract.mail.MsgExtractor;
import io.foilint.extract.ods.OdsExtractor;
import io.foilint.extract.ods.OdpExtractor;
import io.foilint.extract.ods.OdtExtractor;
import io.foilint.extract.ole.OleObjectExtractor;
import io.foilint.extract.pdf.PdfExtractor;
import io.foilint.extract.rtf.RtfExtractor;
import io.foilint.extract.slides.PptExtractor;
import io.foilint.extract.slides.PptxExtractor;
import io.foilint.extract.text.PlainTextExtractor;
import io.foilint.extract.tika.HtmlExtractor;
import io.foilint.extract.tika.ImageExtractor;
import io.foilint.extract.xls.XlsExtractor;
import io.foilint.extract.xlsb.XlsbExtractor;
import io.foilint.extract.xlsx.XlsxExtractor;
import io.foilint.model.FileType;
import java.util.Optional;

/**
 * The extractor for each format family. Types foilint names but cannot read (PowerPoint, Word,
 * Visio …) have none: the engine reports them as unsupported, with the type named.
 */
public final class Extractors {

  private Extractors() {}

  public static Optional<Extractor> forType(FileType type) {
    return Optional.ofNullable(
        switch (type) {
          case XLSX, ENCRYPTED_OOXML -> new XlsxExtractor();
          case XLSB -> new XlsbExtractor();
          case DOCX -> new DocxExtractor();
          case DOC -> new DocExtractor();
          case XLS -> new XlsExtractor();
          case ODS, FODS -> new OdsExtractor();
          case ODT, FODT -> new OdtExtractor();
          case ODP, FODP -> new OdpExtractor();
          case CSV -> new CsvExtractor();
          case TEXT -> new PlainTextExtractor();
          case PDF -> new PdfExtractor();
          case OLE_OBJECT -> new OleObjectExtractor();
          case EML -> new EmlExtractor();
          case MSG -> new MsgExtractor();
          case RTF -> new RtfExtractor();
          case HTML -> new HtmlExtractor();
          case PPTX -> new PptxExtractor();
          case PPT -> new PptExtractor();
          case IMAGE -> new ImageExtractor();
          case DAMAGED_ZIP -> damaged(
              "The file is a zip container (the format of xlsx, docx and zip bundles), but its"
                  + " structure is damaged, so foilint cannot tell what it holds or read it.");
          case DAMAGED_OLE2 -> damaged(
              "The file is an Office 97-2003 (OLE2) container, but its structure is damaged, so"
                  + " foilint cannot tell what it holds or read it.");
          default -> null;
        });
  }

  private static Extractor damaged(String message) {
    return (file, context, out) -> {
      throw new ExtractionException(Reason.CORRUPT, message);
    };
  }
}
