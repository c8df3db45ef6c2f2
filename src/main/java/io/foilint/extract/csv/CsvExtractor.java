package io.foilint.extract.csv;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;
import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Delimited text (CSV, TSV, semicolon- or pipe-separated): one table of records streamed row by
 * row, values verbatim (a formula-like value stays as written). Encoding and delimiter are
 * detected from content ({@link CsvDialect}); quoting follows RFC 4180, so quoted delimiters and
 * newlines belong to their field. A quote left open to the end of the file would hide the rest of
 * the file inside one field, so it is reported as CORRUPT with the line it starts on.
 */
public final class CsvExtractor implements Extractor {

  /** A record spanning more lines than this is an unterminated quote, not a real field. */
  static final int MAX_LINES_PER_RECORD = 10_000;

  private static final int DEADLINE_EVERY_ROWS = 2000;

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    CsvDialect dialect = CsvDialect.detect(file);
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    out.startTable(new TableStart(TableOrigin.CSV, name, Location.of(""), Visibility.VISIBLE));
    try (CSVReader csv = open(file, dialect)) {
      readRecords(csv, context, out);
    } finally {
      out.endTable();
    }
  }

  private static CSVReader open(Path file, CsvDialect dialect) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(dialect.bomLength());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    Reader reader = new BufferedReader(
        new InputStreamReader(
            in,
            dialect.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    RFC4180Parser parser = new RFC4180ParserBuilder().withSeparator(dialect.delimiter()).build();
    return new CSVReaderBuilder(reader)
        .withCSVParser(parser)
        .withKeepCarriageReturn(false)
        .withMultilineLimit(MAX_LINES_PER_RECORD)
        .build();
  }

  private static void readRecords(CSVReader csv, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    int index = 0;
    while (true) {
      long startLine = csv.getLinesRead() + 1;
      String[] record;
      try {
        record = csv.readNext();
      } catch (CsvMalformedLineException | CsvMultilineLimitBrokenException e) {
        throw new ExtractionException(
            Reason.CORRUPT,
            "A quoted field opened on line " + startLine + " is never closed, so the text after it"
                + " cannot be split into rows and columns reliably.");
      } catch (CsvValidationException e) {
        throw new ExtractionException(
            Reason.CORRUPT, "The record starting on line " + startLine + " cannot be read.");
      }
      if (record == null) {
        return;
      }
      List<Cell> cells = new ArrayList<>();
      for (int column = 0; column < record.length; column++) {
        String value = record[column];
        if (value != null && !value.isEmpty()) {
          cells.add(new Cell(CellRefs.ref(column, index), column, value, Visibility.VISIBLE));
        }
      }
      if (!cells.isEmpty()) {
        out.row(new Row(index, Visibility.VISIBLE, cells));
      }
      index++;
      if (index % DEADLINE_EVERY_ROWS == 0) {
        context.checkDeadline();
      }
    }
  }
}
