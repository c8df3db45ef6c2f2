package io.foilint.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.extract.Limits;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanEngineTest {

  @TempDir Path dir;

  private static Extractor failing(ExtractionException.Reason reason) {
    return (file, ctx, out) -> {
      throw new ExtractionException(reason, "because");
    };
  }

  private FileReport scanOne(Path file, Limits limits, Extractor csv) throws Exception {
    ScanEngine engine =
        new ScanEngine(limits, Policy.DEFAULT, t -> t == FileType.CSV ? Optional.of(csv) : Optional.empty());
    List<FileReport> reports = engine.scan(List.of(file));
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }

  private Path text(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void unknownBinaryIsBlockedAsUnreadable() throws Exception {
    Path p = dir.resolve("mystery.xlsx");
    Files.write(p, new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0, 0, 7, 9, 11, 13, 0, 0});
    FileReport r = scanOne(p, Limits.DEFAULT, (f, c, o) -> {});
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("unreadable-file");
    assertThat(r.findings().get(0).message()).contains("does not recognise");
  }

  @Test
  void extractorFailuresBlockWithTheirReason() throws Exception {
    Path p = text("a.csv", "a,b\n1,2\n");
    assertThat(scanOne(p, Limits.DEFAULT, failing(ExtractionException.Reason.ENCRYPTED)).findings())
        .extracting(Finding::rule).containsExactly("encrypted-file");
    assertThat(scanOne(p, Limits.DEFAULT, failing(ExtractionException.Reason.CORRUPT)).findings())
        .extracting(Finding::rule).containsExactly("unreadable-file");
    assertThat(scanOne(p, Limits.DEFAULT, failing(ExtractionException.Reason.LIMIT_EXCEEDED)).findings())
        .extracting(Finding::rule).containsExactly("limit-exceeded");
  }

  @Test
  void anExceptionEscapingAnExtractorStillGivesAVerdict() throws Exception {
    Path p = text("a.csv", "a,b\n");
    FileReport r = scanOne(p, Limits.DEFAULT, (f, c, o) -> {
      throw new IllegalStateException("boom");
    });
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings().get(0).message()).contains("internal error").doesNotContain("boom");
  }

  @Test
  void fileOverTheSizeLimitIsBlocked() throws Exception {
    Path p = text("big.csv", "x".repeat(2000));
    FileReport r = scanOne(p, Limits.DEFAULT.withMaxFileBytes(1000), (f, c, o) -> {});
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("limit-exceeded");
  }

  @Test
  void slowFileIsBlockedAndTheBatchGoesOn() throws Exception {
    Path slow = text("slow.csv", "a\n");
    Path fast = text("z-fast.csv", "b\n");
    Extractor extractor = (f, ctx, out) -> {
      if (f.getFileName().toString().startsWith("slow")) {
        while (true) {
          ctx.checkDeadline();
          Thread.onSpinWait();
        }
      }
    };
    ScanEngine engine = new ScanEngine(
        Limits.DEFAULT.withTimePerFile(Duration.ofMillis(300)), Policy.DEFAULT,
        t -> Optional.of(extractor));
    List<FileReport> reports = engine.scan(List.of(slow, fast));
    assertThat(reports).extracting(FileReport::verdict).containsExactly(Verdict.BLOCK, Verdict.PASS);
    assertThat(reports.get(0).findings().get(0).message()).contains("time limit");
  }

  @Test
  void aTimeOutThatAnExtractorWrapsAsDamageIsStillReportedAsTheTimeLimit() throws Exception {
    Path slow = text("wrapping.csv", "a\n");
    Extractor extractor = (f, ctx, out) -> {
      try {
        while (true) {
          out.fact(new Fact(FactKind.THUMBNAIL, Location.of("x"), "x", ""));
        }
      } catch (RuntimeException e) {
        throw new ExtractionException(ExtractionException.Reason.CORRUPT, "damaged", e);
      }
    };
    ScanEngine engine = new ScanEngine(
        Limits.DEFAULT.withTimePerFile(Duration.ofMillis(200)), Policy.DEFAULT,
        t -> Optional.of(extractor));
    FileReport r = engine.scan(List.of(slow)).get(0);
    assertThat(r.findings()).extracting(Finding::rule).contains("limit-exceeded");
    assertThat(r.findings().get(0).message()).contains("time limit");
  }

  @Test
  void anExtractorThatIgnoresTheDeadlineIsAbandonedAndBlocked() throws Exception {
    Path stuck = text("stuck.csv", "a\n");
    Extractor extractor = (f, ctx, out) -> {
      try {
        Thread.sleep(60_000); // never looks at the deadline, never emits an event
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    ScanEngine engine = new ScanEngine(
        Limits.DEFAULT.withTimePerFile(Duration.ofMillis(200)), Policy.DEFAULT,
        t -> Optional.of(extractor));
    long start = System.nanoTime();
    FileReport r = engine.scan(List.of(stuck)).get(0);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("limit-exceeded");
  }

  @Test
  void directoriesAreWalkedInNameOrderDotFilesIncluded() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    text("b.csv", "x\n");
    Files.writeString(dir.resolve("sub/a.csv"), "y\n");
    Files.writeString(dir.resolve(".hidden.csv"), "z\n");
    ScanEngine engine = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT, t -> Optional.of((f, c, o) -> {}));
    List<FileReport> reports = engine.scan(List.of(dir));
    assertThat(reports).extracting(FileReport::path)
        .containsExactly(dir.resolve(".hidden.csv").toString(), dir.resolve("b.csv").toString(),
            dir.resolve("sub/a.csv").toString());
  }

  @Test
  void zipBundleEntriesAreReportedWithInnerPaths() throws Exception {
    Path inner = dir.resolve("inner.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(inner))) {
      z.putNextEntry(new ZipEntry("deep.csv"));
      z.write("d\n".getBytes(StandardCharsets.UTF_8));
    }
    Path bundle = dir.resolve("bundle.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bundle))) {
      z.putNextEntry(new ZipEntry("annex/a.csv"));
      z.write("a\n".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("__MACOSX/._a.csv"));
      z.write("junk".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("inner.zip"));
      z.write(Files.readAllBytes(inner));
    }
    Files.delete(inner);
    ScanEngine engine = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT, t -> Optional.of((f, c, o) -> {}));
    assertThat(engine.scan(List.of(bundle))).extracting(FileReport::path)
        .containsExactly(
            bundle + "!/__MACOSX/._a.csv", bundle + "!/annex/a.csv", bundle + "!/inner.zip!/deep.csv");
  }

  @Test
  void zipBombIsRefusedBeforeInflating() throws Exception {
    Path bomb = dir.resolve("bomb.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
      z.putNextEntry(new ZipEntry("zeros.csv"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        z.write(zeros);
      }
    }
    ScanEngine engine = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT, t -> Optional.of((f, c, o) -> {}));
    FileReport r = engine.scan(List.of(bomb)).get(0);
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("limit-exceeded");
    assertThat(r.findings().get(0).message()).contains("zip bomb");
  }

  @Test
  void duplicateZipEntryNamesAreZipConfusion() throws Exception {
    Path dup = dir.resolve("dup.zip");
    try (OutputStream os = Files.newOutputStream(dup);
        ZipArchiveOutputStream z = new ZipArchiveOutputStream(os)) {
      for (String content : List.of("first", "second")) {
        z.putArchiveEntry(new ZipArchiveEntry("data.csv"));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeArchiveEntry();
      }
    }
    ScanEngine engine = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT, t -> Optional.of((f, c, o) -> {}));
    FileReport r = engine.scan(List.of(dup)).get(0);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings().get(0).message()).contains("two entries named");
  }

  @Test
  void embeddedDocumentEventsAreLocatedInsideTheirParent() throws Exception {
    Path p = text("parent.csv", "p\n");
    Extractor extractor = (f, ctx, out) -> {
      if (f.getFileName().toString().equals("parent.csv")) {
        ctx.embedded("annex.csv", new ByteArrayInputStream("child\n".getBytes(StandardCharsets.UTF_8)));
      } else {
        out.fact(new Fact(FactKind.ENCRYPTED_DEFAULT_PASSWORD, Location.of("Sheet1"), "", "rc4"));
      }
    };
    ScanEngine engine = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT, t -> Optional.of(extractor));
    FileReport r = engine.scan(List.of(p)).get(0);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("encrypted-file");
      assertThat(f.location().toString()).isEqualTo("annex.csv!/Sheet1");
    });
  }
}
