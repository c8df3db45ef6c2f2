package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.extract.Limits;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Reads xlsx/xlsm workbooks (transitional and Strict OOXML), and password-protected ones that
 * open with Excel's default password. The cell grid of every sheet is streamed by
 * {@link WorkbookGridReader}; everything else in the package by {@link XlsxPartsReader}.
 */
public final class XlsxExtractor implements Extractor {

  private static final long POI_MAX_ENTRY_SIZE = 0xFFFFFFFFL;

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    if (DefaultPasswordDecryption.isOle2(file)) {
      try (DefaultPasswordDecryption decrypted =
          DefaultPasswordDecryption.open(file, context.limits())) {
        out.fact(
            new Fact(FactKind.ENCRYPTED_DEFAULT_PASSWORD, Location.of(""), "", decrypted.scheme()));
        // the decrypted package is as untrusted as any other: same zip checks before POI opens it
        context.checkPackage(decrypted.path());
        scanPackage(decrypted.path(), context, out);
      }
      return;
    }
    scanPackage(file, context, out);
  }

  private static void scanPackage(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    PackageReading.read(file, context, out, PackageReading.Words.WORKBOOK, pkg -> {
      new WorkbookGridReader(pkg, context, out).readAll();
      new XlsxPartsReader(pkg, context, out).readAll();
    });
  }

  /**
   * POI's zip guards are process-wide settings; they are set from the current limits before
   * each package is opened (all scans in one process share one set of limits).
   */
  public static void applyZipLimits(Limits limits) {
    ZipSecureFile.setMinInflateRatio(1.0 / limits.maxInflationRatio());
    ZipSecureFile.setMaxEntrySize(Math.max(0, Math.min(limits.maxInflatedBytes(), POI_MAX_ENTRY_SIZE)));
    ZipSecureFile.setMaxFileCount(Math.max(1, limits.maxZipEntries()));
  }
}
