package io.foilint.extract.xls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every .xls in the shared corpus (ordinary and hostile) goes through the extractor within 30
 * seconds, ending normally or with an {@link ExtractionException}; never another exception.
 * Files the corpus marks as encrypted must end in ENCRYPTED unless they opened with Excel's
 * default password (then they say so with a fact).
 */
class XlsCorpusSweepTest {

  @TestFactory
  Stream<DynamicTest> everyCorpusXlsIsReadOrRefusedCleanly() throws IOException {
    Path root = Corpus.root();
    Map<String, String> encrypted = encryptedFiles(root);
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("xls", "robustness/xls")) {
      Path d = root.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      }
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(),
            () -> sweepOne(f, encrypted.containsKey(root.relativize(f).toString()))));
  }

  private static void sweepOne(Path file, boolean markedEncrypted) {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      RecordingHandler handler = new RecordingHandler();
      try {
        new XlsExtractor().extract(file, ExtractionContext.standalone(), handler);
        if (markedEncrypted) {
          assertThat(handler.facts(io.foilint.model.FactKind.ENCRYPTED_DEFAULT_PASSWORD))
              .as("an encrypted file that opened must say it used the default password")
              .isNotEmpty();
        }
      } catch (ExtractionException e) {
        assertThat(e.getMessage()).isNotBlank();
        assertThat(e.getMessage()).doesNotContain("Exception");
        System.out.println("[xls sweep] " + file.getFileName() + " -> " + e.reason() + ": " + e.getMessage()
            + (e.getCause() != null ? " (" + e.getCause() + ")" : ""));
        if (markedEncrypted && !file.getFileName().toString().contains("fuzz")) {
          assertThat(e.reason()).isEqualTo(ExtractionException.Reason.ENCRYPTED);
        }
      }
    });
  }

  private static Map<String, String> encryptedFiles(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    Path tsv = root.resolve("ROBUSTNESS.tsv");
    if (Files.exists(tsv)) {
      for (String line : Files.readAllLines(tsv)) {
        String[] f = line.split("\t");
        if (f.length >= 2 && f[1].equals("encrypted") && f[0].endsWith(".xls")) {
          out.put(f[0], f[1]);
        }
      }
    }
    return out;
  }
}
