package io.foilint.bench;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.pdf.tables.PdfPageTables;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.testing.RecordingHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Prints the tables foilint finds in PDFs, cell by cell, for checking by eye and for writing the
 * expected cells of a corpus table. Usage: {@code PdfTableDump <pdf or directory>...}
 */
public final class PdfTableDump {

  private PdfTableDump() {}

  public static void main(String[] args) throws Exception {
    for (String a : args) {
      Path p = Path.of(a);
      List<Path> files;
      try (Stream<Path> s = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
        files = s.filter(f -> f.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
      }
      for (Path f : files) {
        dump(f);
      }
    }
  }

  private static void dump(Path f) {
    RecordingHandler out = new RecordingHandler();
    try (PDDocument doc = Loader.loadPDF(f.toFile(), "")) {
      new PdfPageTables(doc, ExtractionContext.standalone(), out).report();
    } catch (Exception e) {
      System.out.println("## " + f.getFileName() + " ERROR " + e);
      return;
    }
    if (out.tables.isEmpty()) {
      return;
    }
    System.out.println("## " + f.getFileName());
    for (RecordingHandler.RecordedTable t : out.tables) {
      System.out.println("### " + t.start().name() + " " + t.start().location().ref());
      for (Row r : t.rows()) {
        StringBuilder sb = new StringBuilder("  " + r.index() + ":");
        for (Cell c : r.cells()) {
          sb.append(" [").append(c.column()).append("] ").append(c.value()).append(" |");
        }
        System.out.println(sb);
      }
    }
  }
}
