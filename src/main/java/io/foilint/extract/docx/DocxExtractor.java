package io.foilint.extract.docx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.extract.xlsx.PackageErrors;
import io.foilint.extract.xlsx.StrayEntries;
import io.foilint.extract.xlsx.XlsxExtractor;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

/**
 * Reads Word documents (docx, docm, dotx, dotm; Transitional and Strict OOXML). POI opens the
 * package read-only under the same zip limits as xlsx; {@link DocxPartsReader} streams each part.
 * A damaged package or part fails closed with the reason in plain words.
 */
public final class DocxExtractor implements Extractor {

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    XlsxExtractor.applyZipLimits(context.limits());
    OPCPackage pkg;
    Path cleaned = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      List<String> stray = StrayEntries.find(file);
      if (stray.isEmpty()) {
        throw inWords(PackageErrors.onOpen(e, file));
      }
      cleaned = StrayEntries.copyWithout(file);
      try {
        pkg = OPCPackage.open(cleaned.toFile(), PackageAccess.READ);
      } catch (Exception again) {
        Files.deleteIfExists(cleaned);
        throw inWords(PackageErrors.onOpen(again, file));
      }
      for (String name : stray) {
        out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name,
            "archiver clutter that Word ignores (not part of the document)"));
      }
    }
    try {
      new DocxPartsReader(pkg, context, out).readAll();
    } catch (ExtractionException e) {
      throw inWords(e);
    } catch (IOException | RuntimeException e) {
      throw inWords(PackageErrors.onRead(e));
    } finally {
      pkg.revert(); // read-only: close() would try to save
      if (cleaned != null) {
        Files.deleteIfExists(cleaned);
      }
    }
  }

  private static ExtractionException inWords(ExtractionException e) {
    return PackageErrors.inWords(e, "Word document", "document", "documents");
  }
}
