package io.foilint.extract.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Installs foilint's bundled font mapper when a test run starts, before any test builds a PDF:
 * tests make PDFs with PDFBox's standard 14 fonts, and PDFBox maps those through its default
 * mapper (which scans the host's fonts and writes {@code ~/.pdfbox.cache}) unless foilint's mapper
 * is already set. Registered in {@code META-INF/services}. In the no-system-fonts run (pom.xml) it
 * also makes the empty home folder that run uses.
 */
public final class BundledFontsSession implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (Boolean.getBoolean("foilint.test.noSystemFonts")) {
      // The no-system-fonts run's empty home must exist: PDFBox would otherwise write a font
      // cache, if it ever scanned the host's fonts, to the temp folder, where no test looks.
      try {
        Files.createDirectories(Path.of(System.getProperty("user.home")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    BundledFontMapper.install();
  }
}
