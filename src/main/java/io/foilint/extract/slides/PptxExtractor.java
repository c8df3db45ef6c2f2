package io.foilint.extract.slides;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.extract.xlsx.PackageErrors;
import io.foilint.extract.xlsx.XlsxExtractor;
import io.foilint.model.ContentHandler;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

/**
 * Reads PowerPoint presentations (pptx, pptm, ppsx, potx; Transitional and Strict OOXML). POI
 * opens the package read-only under the same zip limits as xlsx; {@link PptxPartsReader} streams
 * each part with StAX. A damaged package or part fails closed with the reason in plain words.
 */
public final class PptxExtractor implements Extractor {

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    XlsxExtractor.applyZipLimits(context.limits());
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      throw inWords(PackageErrors.onOpen(e, file));
    }
    try {
      new PptxPartsReader(pkg, context, out).readAll();
    } catch (ExtractionException e) {
      throw inWords(e);
    } catch (IOException | RuntimeException e) {
      throw inWords(PackageErrors.onRead(e));
    } finally {
      pkg.revert(); // read-only: close() would try to save
    }
  }

  /** The shared OOXML errors speak of workbooks; an officer scanning slides reads "presentation". */
  static ExtractionException inWords(ExtractionException e) {
    String m = String.valueOf(e.getMessage());
    if (!m.contains("workbook")) {
      return e;
    }
    String words = m.replace("xlsx workbook", "PowerPoint presentation")
        .replace("workbook", "presentation").replace("real spreadsheets", "real presentations");
    return new ExtractionException(e.reason(), words, e.getCause() == null ? e : e.getCause());
  }
}
