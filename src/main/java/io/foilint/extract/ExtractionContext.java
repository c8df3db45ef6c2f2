package io.foilint.extract;

import java.io.IOException;
import java.io.InputStream;

/** What the scanning engine offers an extractor while it runs. */
public interface ExtractionContext {

  Limits limits();

  /**
   * Scans an embedded document (an OLE object, an attached workbook, a zip entry) with the same
   * engine, its findings located inside {@code name}. The stream is read fully and not closed.
   *
   * @param name the child's name or part path, e.g. {@code xl/embeddings/oleObject1.bin}
   */
  void embedded(String name, InputStream content) throws IOException;

  /** Throws {@link ExtractionException} (reason TIMEOUT) once the file's time limit has passed. */
  void checkDeadline() throws ExtractionException;

  /** A context for tests and tools: default limits, no deadline, embedded documents ignored. */
  static ExtractionContext standalone() {
    return new ExtractionContext() {
      @Override
      public Limits limits() {
        return Limits.DEFAULT;
      }

      @Override
      public void embedded(String name, InputStream content) {}

      @Override
      public void checkDeadline() {}
    };
  }
}
