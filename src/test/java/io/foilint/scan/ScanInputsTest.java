package io.foilint.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.extract.Extractor;
import io.foilint.extract.Limits;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs and runs (issue 8, item 3, and bundle entries of item 1): no name-based skipping, zip
 * entries that cannot be unpacked, special files, one deadline per input, unreadable folders,
 * symlinks, runs that inspect nothing. Every input is built here; each test asserts verdict and
 * reason.
 */
class ScanInputsTest {

  @TempDir Path dir;
  @TempDir Path outside;

  /**
   * Stands in for the real readers: a file whose text contains STAFF yields a BLOCK finding
   * ({@code encrypted-file} through a fact), so a test sees exactly which contents were read.
   */
  private static final Extractor MARKING = (file, ctx, out) -> {
    if (Files.readString(file, StandardCharsets.ISO_8859_1).contains("STAFF")) {
      out.fact(new Fact(FactKind.ENCRYPTED_DEFAULT_PASSWORD, Location.of("Sheet1"), "", "marker"));
    }
  };

  private static ScanEngine engine(Extractor extractor) {
    return engine(Limits.DEFAULT, extractor);
  }

  private static ScanEngine engine(Limits limits, Extractor extractor) {
    return new ScanEngine(limits, Policy.DEFAULT, t -> Optional.of(extractor));
  }

  private static Map<String, FileReport> byPath(List<FileReport> reports) {
    return reports.stream().collect(Collectors.toMap(FileReport::path, r -> r, (a, b) -> {
      throw new AssertionError("reported twice: " + a.path());
    }, java.util.LinkedHashMap::new));
  }

  private static List<String> rules(FileReport r) {
    return r.findings().stream().map(Finding::rule).toList();
  }

  private static boolean marked(FileReport r) {
    return rules(r).contains("encrypted-file") && r.findings().stream()
        .anyMatch(f -> f.location().toString().contains("Sheet1"));
  }

  private Path write(Path p, String content) throws Exception {
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  // ---- 1. no name-based skipping ----

  @Test
  void dotFilesDotFoldersAndGitFoldersAreScannedLikeAnyOther() throws Exception {
    write(dir.resolve(".staff.csv"), "STAFF\n");
    write(dir.resolve(".dir/x.csv"), "STAFF\n");
    write(dir.resolve(".git/config"), "STAFF\n");
    write(dir.resolve("plain.csv"), "count\n");
    Map<String, FileReport> r = byPath(engine(MARKING).scan(List.of(dir)));
    assertThat(r.keySet()).containsExactly(
        dir.resolve(".dir/x.csv").toString(), dir.resolve(".git/config").toString(),
        dir.resolve(".staff.csv").toString(), dir.resolve("plain.csv").toString());
    assertThat(r.get(dir.resolve(".staff.csv").toString())).matches(ScanInputsTest::marked);
    assertThat(r.get(dir.resolve(".dir/x.csv").toString())).matches(ScanInputsTest::marked);
    assertThat(r.get(dir.resolve(".git/config").toString())).matches(ScanInputsTest::marked);
    assertThat(r.get(dir.resolve("plain.csv").toString()).verdict()).isEqualTo(Verdict.PASS);
  }

  private static byte[] zip(Map<String, String> entries) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        z.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void dotEntriesMacosxEntriesAndZipSlipNamesAreScannedAndClimbingNamesNoted() throws Exception {
    Map<String, String> entries = new java.util.LinkedHashMap<>();
    entries.put("./staff.csv", "STAFF\n");
    entries.put(".staff.xlsx", "STAFF\n");
    entries.put(".dir/x.csv", "STAFF\n");
    entries.put("__MACOSX/._staff.csv", "STAFF\n");
    entries.put("../up.csv", "STAFF\n");
    entries.put("/etc/abs.csv", "STAFF\n");
    entries.put("C:\\win.csv", "STAFF\n");
    entries.put("annex/ok.csv", "count\n");
    Path bundle = dir.resolve("bundle.zip");
    Files.write(bundle, zip(entries));
    Map<String, FileReport> r = byPath(engine(MARKING).scan(List.of(bundle)));
    assertThat(r).hasSize(entries.size());
    for (String name : entries.keySet()) {
      // the zip writer stores a backslash as the separator it is
      FileReport report = r.get(bundle + "!/" + name.replace('\\', '/'));
      assertThat(report).as(name).isNotNull();
      boolean climbs = name.startsWith("..") || name.startsWith("/") || name.startsWith("C:");
      if (name.equals("annex/ok.csv")) {
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.findings()).isEmpty();
        continue;
      }
      assertThat(report).as(name).matches(ScanInputsTest::marked);
      List<Finding> notes =
          report.findings().stream().filter(f -> f.rule().equals("unusual-path")).toList();
      if (climbs) {
        assertThat(notes).as(name).singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.REVIEW);
          assertThat(f.message()).contains("zip-slip");
        });
      } else {
        assertThat(notes).as(name).isEmpty();
      }
    }
  }

  // ---- 2. zip entries that cannot be unpacked ----

  private static void raw(ZipArchiveOutputStream z, String name, int method, byte[] stored,
      long size, long crc) throws Exception {
    ZipArchiveEntry e = new ZipArchiveEntry(name);
    e.setMethod(method);
    e.setSize(size);
    e.setCompressedSize(stored.length);
    e.setCrc(crc);
    z.addRawArchiveEntry(e, new ByteArrayInputStream(stored));
  }

  /**
   * Sets the "encrypted" flag (general purpose bit 0) in the local and central headers of the
   * entry {@code name}; the zip writer does not keep it on raw entries.
   */
  private static void markEncrypted(Path zip, String name) throws Exception {
    byte[] b = Files.readAllBytes(zip);
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    int marked = 0;
    for (int i = 0; i + 46 < b.length; i++) {
      boolean local = b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4;
      boolean central = b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2;
      int nameAt = local ? i + 30 : central ? i + 46 : -1;
      if (nameAt > 0 && nameAt + n.length <= b.length
          && java.util.Arrays.equals(b, nameAt, nameAt + n.length, n, 0, n.length)) {
        b[i + (local ? 6 : 8)] |= 1;
        marked++;
      }
    }
    assertThat(marked).isEqualTo(2);
    Files.write(zip, b);
  }

  private static long crc(byte[] b) {
    CRC32 c = new CRC32();
    c.update(b);
    return c.getValue();
  }

  @Test
  void aBundleWithAnEntryThatCannotBeUnpackedIsBlockedWithTheMethodNamed() throws Exception {
    byte[] staff = "STAFF\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bz = new ByteArrayOutputStream();
    try (BZip2CompressorOutputStream out = new BZip2CompressorOutputStream(bz)) {
      out.write(staff);
    }
    Path bundle = dir.resolve("methods.zip");
    try (OutputStream os = Files.newOutputStream(bundle);
        ZipArchiveOutputStream z = new ZipArchiveOutputStream(os)) {
      raw(z, "a-bzip2.csv", 12, bz.toByteArray(), staff.length, crc(staff));
      raw(z, "b-zstd.csv", 93, "not really zstd".getBytes(StandardCharsets.UTF_8), 100, 1234);
      raw(z, "c-xz.csv", 95, "not really xz".getBytes(StandardCharsets.UTF_8), 100, 1234);
      raw(z, "d-crc.csv", 0, staff, staff.length, crc(staff) ^ 1);
      raw(z, "e-encrypted.csv", 0, staff, staff.length, crc(staff));
      raw(z, "f-plain.csv", 0, staff, staff.length, crc(staff));
      raw(z, "g-unknown-method.csv", 77, staff, staff.length, crc(staff));
    }
    markEncrypted(bundle, "e-encrypted.csv");
    List<FileReport> reports = new ArrayList<>();
    int inspected = engine(MARKING).scan(List.of(bundle), reports::add);
    Map<String, FileReport> r = byPath(reports);
    // ZipGuard reads every entry of the bundle before anything is unpacked; an entry no decoder
    // here can read (another method, encrypted, damaged data) is BLOCK on its own with the reason
    // named, and the other entries are still scanned: never a crash, never an empty bundle.
    assertThat(r).hasSize(7);
    assertThat(r.get(bundle + "!/f-plain.csv")).matches(ScanInputsTest::marked);
    Map<String, String> expected = Map.of(
        "a-bzip2.csv", "method 12",
        "b-zstd.csv", "zstd (method 93)",
        "c-xz.csv", "xz (method 95)",
        "d-crc.csv", "CRC",
        "e-encrypted.csv", "encrypted",
        "g-unknown-method.csv", "unknown method (id 77)");
    expected.forEach((entry, why) -> {
      FileReport one = r.get(bundle + "!/" + entry);
      assertThat(one.verdict()).as(entry).isEqualTo(Verdict.BLOCK);
      assertThat(one.findings()).as(entry).hasSize(1);
      assertThat(one.findings().get(0).rule()).as(entry)
          .isIn("unreadable-file", "encrypted-file");
      assertThat(one.findings().get(0).message()).as(entry).contains(why);
    });
    assertThat(rules(r.get(bundle + "!/e-encrypted.csv"))).containsExactly("encrypted-file");
    assertThat(inspected).isEqualTo(1);
  }

  @Test
  void anErrorThrownWhileUnpackingAnEntryBelongsToThatEntryAlone() throws Exception {
    // A codec that is not on the classpath fails with NoClassDefFoundError: an Error, not an
    // IOException. The extractor seam throws one to show no Error escapes the entry.
    Path bundle = dir.resolve("errors.zip");
    Files.write(bundle, zip(Map.of("a.csv", "boom", "b.csv", "STAFF\n")));
    Extractor erring = (file, ctx, out) -> {
      if (Files.readString(file).contains("boom")) {
        throw new NoClassDefFoundError("com/github/luben/zstd/ZstdInputStream");
      }
      MARKING.extract(file, ctx, out);
    };
    Map<String, FileReport> r = byPath(engine(erring).scan(List.of(bundle)));
    assertThat(r.get(bundle + "!/a.csv").verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(rules(r.get(bundle + "!/a.csv"))).containsExactly("unreadable-file");
    assertThat(r.get(bundle + "!/b.csv")).matches(ScanInputsTest::marked);
  }

  // ---- 3. special files ----

  private Path fifo(Path p) throws Exception {
    try {
      Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
      assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
    } catch (java.io.IOException e) {
      assumeTrue(false, "no mkfifo on this machine");
    }
    return p;
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aFifoIsNeverOpenedButNotedAndTheRunGoesOn() throws Exception {
    Path pipe = fifo(dir.resolve("pipe.csv"));
    write(dir.resolve("staff.csv"), "STAFF\n");
    List<FileReport> reports = new ArrayList<>();
    // a FIFO given by name and a FIFO found in a folder; opening either would block forever
    int inspected = engine(MARKING).scan(List.of(pipe, dir), reports::add);
    assertThat(reports).extracting(FileReport::path).containsExactly(
        pipe.toString(), pipe.toString(), dir.resolve("staff.csv").toString());
    for (FileReport r : reports.subList(0, 2)) {
      assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
      assertThat(rules(r)).containsExactly("unusual-path");
      assertThat(r.findings().get(0).message()).contains("Not a regular file").contains("not opened");
    }
    assertThat(reports.get(2)).matches(ScanInputsTest::marked);
    assertThat(inspected).isEqualTo(1);
  }

  // ---- 4. one deadline per input ----

  /** Takes {@code millis} per file, checking the deadline as a real reader does. */
  private static Extractor slow(long millis) {
    return (file, ctx, out) -> {
      long end = System.nanoTime() + millis * 1_000_000L;
      while (System.nanoTime() < end) {
        ctx.checkDeadline();
        Thread.onSpinWait();
      }
    };
  }

  private Path bundleOf(int entries) throws Exception {
    Map<String, String> m = new java.util.TreeMap<>();
    for (int i = 0; i < entries; i++) {
      m.put(String.format("entry-%03d.csv", i), "n\n");
    }
    Path bundle = dir.resolve("bundle-" + entries + ".zip");
    Files.write(bundle, zip(m));
    return bundle;
  }

  @Test
  void theTimeLimitCoversTheWholeBundleAndEntriesNotReachedAreListed() throws Exception {
    Path bundle = bundleOf(12);
    long start = System.nanoTime();
    List<FileReport> reports =
        engine(Limits.DEFAULT.withTimePerFile(Duration.ofMillis(600)), slow(200)).scan(List.of(bundle));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    // 12 entries at 200 ms each would take 2.4 s under a per-entry limit
    assertThat(took).isLessThan(Duration.ofMillis(600 + 2_000 + 1_000));
    assertThat(reports).hasSize(12); // every entry accounted for, in order
    assertThat(reports.get(0).verdict()).isEqualTo(Verdict.PASS);
    FileReport last = reports.get(11);
    assertThat(last.path()).isEqualTo(bundle + "!/entry-011.csv");
    assertThat(last.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(rules(last)).containsExactly("limit-exceeded");
    assertThat(last.findings().get(0).message()).contains("not reached").contains("bundle");
  }

  @Test
  void manyEntriesNotReachedAreSummarisedInOneFinding() throws Exception {
    Path bundle = bundleOf(40);
    List<FileReport> reports =
        engine(Limits.DEFAULT.withTimePerFile(Duration.ofMillis(500)), slow(200)).scan(List.of(bundle));
    assertThat(reports.size()).isLessThan(40);
    FileReport summary = reports.get(reports.size() - 1);
    assertThat(summary.path()).isEqualTo(bundle.toString());
    assertThat(summary.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(rules(summary)).containsExactly("limit-exceeded");
    assertThat(summary.findings().get(0).message()).containsPattern("\\d+ entries of this bundle were not reached");
  }

  @Test
  void aReaderStuckInsideABundleIsAbandonedAndTheRestReportedNotReached() throws Exception {
    Path bundle = dir.resolve("stuck.zip");
    Files.write(bundle, zip(new java.util.TreeMap<>(
        Map.of("a.csv", "n\n", "b.csv", "STUCK\n", "c.csv", "n\n", "d.csv", "n\n"))));
    Extractor stuck = (file, ctx, out) -> {
      if (Files.readString(file).contains("STUCK")) {
        try {
          Thread.sleep(60_000); // looks at no deadline, emits no event
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    long start = System.nanoTime();
    List<FileReport> reports =
        engine(Limits.DEFAULT.withTimePerFile(Duration.ofMillis(300)), stuck).scan(List.of(bundle));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(reports).extracting(FileReport::path).containsExactly(
        bundle + "!/a.csv", bundle + "!/b.csv", bundle + "!/c.csv", bundle + "!/d.csv");
    assertThat(reports).extracting(FileReport::verdict)
        .containsExactly(Verdict.PASS, Verdict.BLOCK, Verdict.BLOCK, Verdict.BLOCK);
    assertThat(reports.get(1).findings().get(0).message()).contains("time limit").doesNotContain("not reached");
    assertThat(reports.get(2).findings().get(0).message()).contains("not reached");
  }

  @Test
  void sniffingRunsUnderTheDeadline() throws Exception {
    Path p = write(dir.resolve("slow-disk.csv"), "n\n");
    ScanEngine.Sniffer hangs = file -> {
      try {
        Thread.sleep(60_000); // a read that never returns (a hung network share)
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return FileType.CSV;
    };
    ScanEngine engine = new ScanEngine(Limits.DEFAULT.withTimePerFile(Duration.ofMillis(300)),
        Policy.DEFAULT, t -> Optional.of(MARKING), hangs, path -> {});
    long start = System.nanoTime();
    List<FileReport> reports = engine.scan(List.of(p));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(reports).singleElement().satisfies(r -> {
      assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
      assertThat(rules(r)).containsExactly("limit-exceeded");
      assertThat(r.findings().get(0).message()).contains("time limit");
    });
  }

  // ---- 5. unreadable folders and files ----

  /**
   * chmod 000 stops reads for an ordinary user, not for root (these tests may run as root). If
   * the permission does not actually stop a read, the access seam refuses the same path, so the
   * test exercises the same code path either way and can fail for real.
   */
  private ScanEngine.Access denying(Path... paths) throws Exception {
    List<Path> really = new ArrayList<>();
    for (Path p : paths) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
      boolean enforced;
      if (Files.isDirectory(p)) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
          enforced = false;
        } catch (AccessDeniedException e) {
          enforced = true;
        }
      } else {
        try (var in = Files.newInputStream(p)) {
          enforced = false;
        } catch (AccessDeniedException e) {
          enforced = true;
        }
      }
      if (!enforced) {
        really.add(p.toRealPath());
      }
    }
    return path -> {
      if (really.contains(path.toRealPath())) {
        throw new AccessDeniedException(path.toString());
      }
    };
  }

  @Test
  void anUnreadableFolderOrFileIsBlockedAndTheRunGoesOn() throws Exception {
    write(dir.resolve("a-first.csv"), "n\n");
    Path locked = dir.resolve("b-locked");
    write(locked.resolve("staff.csv"), "STAFF\n");
    Path lockedFile = write(dir.resolve("c-locked.csv"), "STAFF\n");
    write(dir.resolve("d-last.csv"), "STAFF\n");
    try {
      ScanEngine.Access access = denying(locked, lockedFile);
      ScanEngine engine = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT, t -> Optional.of(MARKING),
          io.foilint.extract.TypeSniffer::sniff, access);
      List<FileReport> reports = new ArrayList<>();
      int inspected = engine.scan(List.of(dir), reports::add);
      assertThat(reports).extracting(FileReport::path).containsExactly(
          dir.resolve("a-first.csv").toString(), locked.toString(), lockedFile.toString(),
          dir.resolve("d-last.csv").toString());
      FileReport folder = reports.get(1);
      assertThat(folder.verdict()).isEqualTo(Verdict.BLOCK);
      assertThat(rules(folder)).containsExactly("unreadable-file");
      assertThat(folder.findings().get(0).message())
          .contains("folder cannot be read (permission denied)");
      FileReport file = reports.get(2);
      assertThat(file.verdict()).isEqualTo(Verdict.BLOCK);
      assertThat(rules(file)).containsExactly("unreadable-file");
      assertThat(file.findings().get(0).message()).contains("cannot be read (permission denied)");
      assertThat(reports.get(3)).matches(ScanInputsTest::marked);
      assertThat(inspected).isEqualTo(2);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(lockedFile, PosixFilePermissions.fromString("rw-------"));
    }
  }

  // ---- 6. symlinks ----

  @Test
  void aSymlinkGivenAsInputIsFollowed() throws Exception {
    write(outside.resolve("staff.csv"), "STAFF\n");
    Path linkToDir = Files.createSymbolicLink(dir.resolve("disclosure"), outside);
    Path linkToFile = Files.createSymbolicLink(dir.resolve("answer.csv"), outside.resolve("staff.csv"));
    Map<String, FileReport> r = byPath(engine(MARKING).scan(List.of(linkToDir, linkToFile)));
    assertThat(r.keySet()).containsExactly(linkToDir.resolve("staff.csv").toString(), linkToFile.toString());
    assertThat(r.values()).allMatch(ScanInputsTest::marked);
  }

  @Test
  void symlinksInsideAFolderAreNotedNeverSkippedSilentlyNorScannedTwice() throws Exception {
    write(dir.resolve("real/staff.csv"), "STAFF\n");
    write(outside.resolve("elsewhere.csv"), "STAFF\n");
    Files.createSymbolicLink(dir.resolve("alias.csv"), dir.resolve("real/staff.csv"));
    Files.createSymbolicLink(dir.resolve("annex"), outside);               // folder outside
    Files.createSymbolicLink(dir.resolve("real/loop"), dir);               // a loop
    Files.createSymbolicLink(dir.resolve("gone.csv"), dir.resolve("nothing-here"));
    Map<String, FileReport> r = byPath(engine(MARKING).scan(List.of(dir)));
    assertThat(r.keySet()).containsExactly(
        dir.resolve("alias.csv").toString(), dir.resolve("annex").toString(),
        dir.resolve("gone.csv").toString(), dir.resolve("real/loop").toString(),
        dir.resolve("real/staff.csv").toString());
    assertThat(r.values().stream().filter(ScanInputsTest::marked)).hasSize(1);
    assertThat(r.get(dir.resolve("real/staff.csv").toString())).matches(ScanInputsTest::marked);

    FileReport alias = r.get(dir.resolve("alias.csv").toString());
    assertThat(alias.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("unusual-path");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      // the temp folder's random digits may be masked as a number that looks like an identifier
      assertThat(f.message()).contains("/real/staff.csv").contains("not twice");
    });
    FileReport annex = r.get(dir.resolve("annex").toString());
    assertThat(annex.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(rules(annex)).containsExactly("unusual-path");
    assertThat(annex.findings().get(0).message()).contains("outside the folder").contains("not followed");
    assertThat(r.get(dir.resolve("gone.csv").toString()).verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(r.get(dir.resolve("real/loop").toString()).findings().get(0).severity())
        .isEqualTo(Severity.INFO);
  }

  // ---- 7. nothing inspected ----

  @Test
  void aRunThatOpensNoFileSaysSo() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    ScanEngine engine = engine(MARKING);
    assertThat(engine.scan(List.of(empty), r -> {})).isZero();
    write(dir.resolve("one/a.csv"), "n\n");
    assertThat(engine.scan(List.of(dir.resolve("one")), r -> {})).isEqualTo(1);
  }

}
