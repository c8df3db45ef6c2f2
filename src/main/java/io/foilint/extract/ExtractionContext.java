package io.foilint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

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

  /**
   * Puts a zip package an extractor made itself (a workbook decrypted from its password wrapper)
   * through the same container checks as a package given to foilint: both zip directories,
   * every entry inflated once against the limits, part names. Throws if the package is refused.
   * The engine's context ({@code scan.FileScan}) runs the checks; this default, kept for contexts
   * that tests build around one extractor, checks nothing.
   */
  default void checkPackage(Path zipPackage) throws ExtractionException {}

  /**
   * A context for tests and tools: default limits, no deadline, embedded documents ignored, and
   * packages an extractor makes itself not checked (the engine's context checks them).
   */
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
