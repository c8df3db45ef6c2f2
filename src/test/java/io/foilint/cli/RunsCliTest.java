package io.foilint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs as a whole: nothing inspected is exit 2; temp files never outlive the run (SIGTERM too). */
class RunsCliTest {

  @TempDir Path dir;

  @Test
  void aRunThatInspectedNothingExitsTwoWithAMessage() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliTest.Run r = CliTest.run("scan", empty.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no file was inspected");

    Path one = Files.createDirectories(dir.resolve("one"));
    Files.writeString(one.resolve("count.csv"), "district,count\nNorthmere,12\n");
    CliTest.Run ok = CliTest.run("scan", one.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.err()).doesNotContain("no file was inspected");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aFolderOfOnlySpecialFilesExitsTwoAndNamesThem() throws Exception {
    Path only = Files.createDirectories(dir.resolve("only"));
    Path pipe = only.resolve("answer.csv");
    try {
      Process mk = new ProcessBuilder("mkfifo", pipe.toString()).start();
      assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
    } catch (java.io.IOException e) {
      assumeTrue(false, "no mkfifo here");
    }
    CliTest.Run r = CliTest.run("scan", "--format", "json", only.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("answer.csv").contains("unusual-path").contains("Not a regular file");
  }

  // ---- temp files, with the real CLI in a child process ----

  private static Path bigBundle(Path dir) throws Exception {
    Path bundle = dir.resolve("big-bundle.zip");
    StringBuilder csv = new StringBuilder("district,count\n");
    for (int i = 0; csv.length() < 300_000; i++) {
      csv.append("Northmere ").append(i).append(',').append(i % 97).append('\n');
    }
    byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(Files.newOutputStream(bundle))) {
      for (int i = 0; i < 400; i++) {
        z.putArchiveEntry(new ZipArchiveEntry(String.format("annex-%03d.csv", i)));
        z.write(content);
        z.closeArchiveEntry();
      }
    }
    return bundle;
  }

  private static Process cli(Path tmp, Path out, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Djava.io.tmpdir=" + tmp);
    cmd.add("-Xmx256m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("io.foilint.cli.Main");
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
  }

  private static List<Path> foilintEntries(Path tmp) throws Exception {
    try (Stream<Path> s = Files.walk(tmp)) {
      return s.filter(p -> !p.equals(tmp))
          .filter(p -> tmp.relativize(p).getName(0).toString().startsWith("foilint-"))
          .toList();
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void sigtermMidScanLeavesNoTempFile() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("child-tmp"));
    Path bundle = bigBundle(dir);
    Process child = cli(tmp, dir.resolve("out.txt"), "scan", "--format", "json", bundle.toString());
    try {
      // wait until the scan is really under way: an unpacked entry sits in the private folder
      boolean midScan = false;
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!midScan && child.isAlive() && System.nanoTime() < until) {
        midScan = foilintEntries(tmp).stream().anyMatch(Files::isRegularFile);
        Thread.sleep(20);
      }
      assertThat(midScan).as("a temp file appeared while the scan ran; output:\n%s",
          Files.readString(dir.resolve("out.txt"))).isTrue();
      Path privateDir = foilintEntries(tmp).get(0);
      assertThat(privateDir.getFileName().toString())
          .startsWith("foilint-" + child.pid() + "-");
      assertThat(Files.getPosixFilePermissions(privateDir))
          .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
              java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
              java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
      child.destroy(); // SIGTERM
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as("ended by the signal, not by finishing").isEqualTo(143);
    } finally {
      child.destroyForcibly();
    }
    assertThat(foilintEntries(tmp)).isEmpty();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aNormalRunRemovesItsTempFolderAndThoseOfDeadRuns() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("child-tmp"));
    Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-version").redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
    gone.waitFor();
    Path stale = Files.createDirectories(tmp.resolve("foilint-" + gone.pid() + "-0a1b2c3d4e5f"));
    Files.writeString(stale.resolve("part-1.bin"), "left behind by a killed run");
    Path other = Files.createDirectories(tmp.resolve("not-ours"));
    Path zip = dir.resolve("small.zip");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(b)) {
      z.putArchiveEntry(new ZipArchiveEntry("count.csv"));
      z.write("district,count\nNorthmere,12\n".getBytes(StandardCharsets.UTF_8));
      z.closeArchiveEntry();
    }
    Files.write(zip, b.toByteArray());
    Process child = cli(tmp, dir.resolve("out.txt"), "scan", zip.toString());
    assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
    assertThat(foilintEntries(tmp)).isEmpty();
    assertThat(other).exists();
  }
}
