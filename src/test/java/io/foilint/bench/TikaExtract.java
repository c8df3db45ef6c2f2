package io.foilint.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.helpers.DefaultHandler;

/** Baseline (b): Tika's text extraction of the whole workbook, characters counted and dropped. */
public final class TikaExtract {

  private TikaExtract() {}

  public static void main(String[] args) throws Exception {
    long[] chars = {0};
    DefaultHandler counter =
        new DefaultHandler() {
          @Override
          public void characters(char[] ch, int start, int length) {
            chars[0] += length;
          }
        };
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      new AutoDetectParser().parse(in, counter, new Metadata(), new ParseContext());
    }
    System.out.println("tika extracted " + chars[0] + " chars");
  }
}
