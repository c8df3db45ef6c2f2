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
import io.foilint.extract.text.DecodingReader;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delimited text (CSV, TSV, semicolon- or pipe-separated): one table of records streamed row by
 * row, values verbatim (a formula-like value stays as written). Encoding and delimiter are
 * detected from content ({@link CsvDialect}); quoting follows RFC 4180, so quoted delimiters and
 * newlines belong to their field. A quote left open to the end of the file would hide the rest of
 * the file inside one field, so it is reported as CORRUPT with the line it starts on.
 *
 * <p>What the text holds besides records is reported, not smoothed over (as
 * {@code uninspected-part} facts with a whole sentence): an encoding that is a best guess, byte
 * sequences invalid in the encoding, byte-order marks or NULs in the middle, and lines that use
 * another delimiter than the rest of the file. Such a line is split by its own delimiter when
 * that gives the file's usual number of fields, so names in it still reach the column checks.
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
    DecodingReader decoded = decoder(file, dialect);
    Map<Character, Long> resplit = new LinkedHashMap<>();
    out.startTable(new TableStart(TableOrigin.CSV, name, Location.of(""), Visibility.VISIBLE));
    try (CSVReader csv = open(decoded, dialect)) {
      readRecords(csv, dialect, resplit, context, out);
    } finally {
      out.endTable();
    }
    List<String> problems = new ArrayList<>();
    if (!dialect.doubt().isEmpty()) {
      problems.add(dialect.doubt());
    }
    problems.addAll(decoded.problems(dialect.charset().name()));
    for (Map.Entry<Character, Long> e : resplit.entrySet()) {
      long n = e.getValue();
      problems.add("The file mixes delimiters: " + n + (n == 1 ? " line uses " : " lines use ")
          + CsvDialect.name(e.getKey()) + " between fields where the rest use "
          + dialect.delimiterName() + "; foilint split " + (n == 1 ? "it" : "them") + " by "
          + CsvDialect.name(e.getKey()) + ", but columns may be misread — check the file.");
    }
    for (String p : problems) {
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(""), "", p, FactAttr.attrs().put(FactAttr.SENTENCE, true).build()));
    }
  }

  private static DecodingReader decoder(Path file, CsvDialect dialect) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(dialect.bomLength());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new DecodingReader(in, dialect.charset());
  }

  private static CSVReader open(DecodingReader decoded, CsvDialect dialect) {
    RFC4180Parser parser = new RFC4180ParserBuilder().withSeparator(dialect.delimiter()).build();
    return new CSVReaderBuilder(new BufferedReader(decoded))
        .withCSVParser(parser)
        .withKeepCarriageReturn(false)
        .withMultilineLimit(MAX_LINES_PER_RECORD)
        .build();
  }

  /**
   * A record the file's delimiter leaves whole that another delimiter splits into the file's
   * usual number of fields: a line written with another delimiter. Null when there is none.
   */
  private static String[] resplit(String[] record, CsvDialect dialect, Map<Character, Long> counts) {
    if (dialect.width() < 2 || record.length != 1 || record[0] == null || record[0].isEmpty()) {
      return null;
    }
    for (char c : DelimiterSniffer.CANDIDATES) {
      if (c == dialect.delimiter() || record[0].indexOf(c) < 0) {
        continue;
      }
      try {
        String[] split = new RFC4180ParserBuilder().withSeparator(c).build().parseLine(record[0]);
        if (split != null && split.length == dialect.width()) {
          counts.merge(c, 1L, Long::sum);
          return split;
        }
      } catch (IOException e) {
        // not splittable this way
      }
    }
    return null;
  }

  private static void readRecords(
      CSVReader csv, CsvDialect dialect, Map<Character, Long> resplit, ExtractionContext context,
      ContentHandler out) throws IOException, ExtractionException {
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
      String[] split = resplit(record, dialect, resplit);
      if (split != null) {
        record = split;
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
