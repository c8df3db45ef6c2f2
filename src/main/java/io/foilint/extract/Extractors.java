package io.foilint.extract;

import io.foilint.extract.csv.CsvExtractor;
import io.foilint.extract.ods.OdsExtractor;
import io.foilint.extract.pdf.PdfExtractor;
import io.foilint.extract.xls.XlsExtractor;
import io.foilint.extract.xlsb.XlsbExtractor;
import io.foilint.extract.xlsx.XlsxExtractor;
import io.foilint.model.FileType;
import java.util.Optional;

/** The extractor for each format family. */
public final class Extractors {

  private Extractors() {}

  public static Optional<Extractor> forType(FileType type) {
    return Optional.ofNullable(
        switch (type) {
          case XLSX, ENCRYPTED_OOXML -> new XlsxExtractor();
          case XLSB -> new XlsbExtractor();
          case XLS -> new XlsExtractor();
          case ODS, FODS -> new OdsExtractor();
          case CSV -> new CsvExtractor();
          case PDF -> new PdfExtractor();
          default -> null;
        });
  }
}
