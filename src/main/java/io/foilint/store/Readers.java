package io.foilint.store;

import io.foilint.extract.Extractor;
import io.foilint.extract.Extractors;
import io.foilint.scan.FileReport;

/** The reader (extractor) that handles a report's file type, by class name, for the store's files table. */
final class Readers {

  private Readers() {}

  /** The extractor's simple class name, or null for a type no reader handles (unknown, noted paths). */
  static String of(FileReport r) {
    return Extractors.forType(r.type()).map(Extractor::getClass).map(Class::getSimpleName).orElse(null);
  }
}
