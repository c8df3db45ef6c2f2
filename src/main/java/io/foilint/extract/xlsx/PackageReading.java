package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
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
 * How every OOXML reader (workbooks, Word documents, presentations) opens its package: read-only
 * under the zip limits, once more without archiver clutter ({@code __MACOSX/}, {@code .DS_Store})
 * when POI refuses the file because of it, the reader run on the package, and whatever POI
 * throws turned into an {@link ExtractionException} in the format's words. The package is
 * reverted (never saved) and a cleaned copy deleted whatever happens.
 */
public final class PackageReading {

  /** Reads an open package. */
  @FunctionalInterface
  public interface PackageReader {
    void read(OPCPackage pkg) throws IOException, ExtractionException;
  }

  /**
   * The words of one format for messages.
   *
   * @param format the whole file ("Word document")
   * @param noun one such file ("document")
   * @param plural several ("documents")
   * @param application the program that ignores archiver clutter ("Word")
   */
  public record Words(String format, String noun, String plural, String application) {
    public static final Words WORKBOOK = new Words("xlsx workbook", "workbook", "spreadsheets", "Excel");

    ExtractionException apply(ExtractionException e) {
      return this.equals(WORKBOOK) ? e : PackageErrors.inWords(e, format, noun, plural);
    }
  }

  private PackageReading() {}

  /** Opens {@code file}, runs {@code reader} on it, and closes it without saving. */
  public static void read(Path file, ExtractionContext context, ContentHandler out, Words words,
      PackageReader reader) throws IOException, ExtractionException {
    XlsxExtractor.applyZipLimits(context.limits());
    OPCPackage pkg;
    Path cleaned = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      List<String> stray = StrayEntries.find(file);
      if (stray.isEmpty()) {
        // POI signals a bad zip with checked and unchecked exceptions alike
        throw words.apply(PackageErrors.onOpen(e, file));
      }
      cleaned = StrayEntries.copyWithout(file);
      try {
        pkg = OPCPackage.open(cleaned.toFile(), PackageAccess.READ);
      } catch (Exception again) {
        Files.deleteIfExists(cleaned);
        throw words.apply(PackageErrors.onOpen(again, file));
      }
      for (String name : stray) {
        out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name,
            "archiver clutter that " + words.application() + " ignores (not part of the "
                + words.noun() + ")"));
      }
    }
    try {
      reader.read(pkg);
    } catch (ExtractionException e) {
      throw words.apply(e);
    } catch (IOException | RuntimeException e) {
      throw words.apply(PackageErrors.onRead(e));
    } finally {
      pkg.revert(); // read-only: close() would try to save
      if (cleaned != null) {
        Files.deleteIfExists(cleaned);
      }
    }
  }
}
