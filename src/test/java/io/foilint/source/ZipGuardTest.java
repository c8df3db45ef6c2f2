package io.foilint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZipGuardTest {

  @TempDir Path dir;

  private static final String STAFF = "name,staff no\nQuenby,FX100001\nHartwell,FX100002\n";

  private Path write(byte[] bytes) throws Exception {
    Path p = dir.resolve("t-" + System.nanoTime() + ".zip");
    Files.write(p, bytes);
    return p;
  }

  private ExtractionException refused(byte[] zip) throws Exception {
    Path p = write(zip);
    ExtractionException e =
        catchThrowableOfType(ExtractionException.class, () -> ZipGuard.check(p, Limits.DEFAULT));
    assertThat(e).as("the guard refuses the zip").isNotNull();
    return e;
  }

  private static RawZip twoEntries() {
    RawZip z = new RawZip();
    z.add("a.txt", "hello hello hello");
    z.add("staff.csv", STAFF);
    return z;
  }

  @Test
  void aWellFormedZipPasses() throws Exception {
    RawZip z = twoEntries();
    z.add("dir/", new byte[0]).stored();
    z.add("stored.csv", STAFF).stored();
    z.add("described.csv", STAFF).withDescriptor();
    Path p = write(z.bytes());
    assertThatCode(() -> ZipGuard.check(p, Limits.DEFAULT)).doesNotThrowAnyException();
    assertThatCode(() -> ZipGuard.checkPackage(p)).doesNotThrowAnyException();
  }

  @Test
  void aZipWrittenByJavaPassesAndSoDoesAnEmptyOne() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zos = new ZipOutputStream(bytes)) {
      zos.putNextEntry(new ZipEntry("staff.csv")); // streamed: sizes in a data descriptor
      zos.write(STAFF.getBytes(StandardCharsets.UTF_8));
      zos.closeEntry();
    }
    assertThatCode(() -> ZipGuard.check(write(bytes.toByteArray()), Limits.DEFAULT))
        .doesNotThrowAnyException();
    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    new ZipOutputStream(empty).close();
    assertThatCode(() -> ZipGuard.check(write(empty.toByteArray()), Limits.DEFAULT))
        .doesNotThrowAnyException();
  }

  @Test
  void aDamagedCentralDirectoryIsNeverAnEmptyZip() throws Exception {
    byte[] zip = twoEntries().bytes();
    zip[RawZip.centralDirectoryOffset(zip)] ^= 0x01; // one stray bit in the directory's signature
    ExtractionException e = refused(zip);
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage()).contains("central directory is damaged");
  }

  @Test
  void anEndRecordThatCountsNoEntriesWhileTheFileHoldsSomeIsRefused() throws Exception {
    byte[] zip = twoEntries().bytes();
    int end = zip.length - 22;
    zip[end + 8] = 0;
    zip[end + 10] = 0; // directory entry counts zeroed
    ExtractionException e = refused(zip);
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage()).contains("central directory");
  }

  @Test
  void aLocalEntryTheDirectoryDoesNotListIsAHiddenEntry() throws Exception {
    RawZip z = new RawZip();
    z.add("a.txt", "visible");
    z.add("staff.csv", STAFF).hidden();
    ExtractionException e = refused(z.bytes());
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage())
        .contains("'staff.csv'")
        .contains("does not list")
        .containsPattern("\\d+ bytes at offset \\d+");
  }

  @Test
  void aSecondEmptyEndRecordIsRefused() throws Exception {
    ExtractionException e = refused(twoEntries().secondEmptyEnd().bytes());
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage())
        .contains("central directory lists no entries")
        .contains("second end-of-central-directory record");
  }

  @Test
  void bytesAfterTheEndRecordAreCountedAndPlaced() throws Exception {
    byte[] zip = twoEntries().trailing(new byte[] {1, 2, 3, 4, 5}).bytes();
    ExtractionException e = refused(zip);
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage()).contains("5 bytes at offset " + (zip.length - 5));
  }

  @Test
  void aCrcMismatchIsRefused() throws Exception {
    RawZip z = new RawZip();
    z.add("staff.csv", STAFF).wrongCrc();
    ExtractionException e = refused(z.bytes());
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage()).contains("'staff.csv'").contains("CRC");
  }

  @Test
  void aDeclaredSizeThatLiesIsRefused() throws Exception {
    RawZip z = new RawZip();
    z.add("staff.csv", STAFF).wrongSize(-10);
    ExtractionException e = refused(z.bytes());
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage()).contains("declares").contains("holds");
  }

  @ParameterizedTest
  @CsvSource({"93,zstd", "95,xz", "9,deflate64", "12,bzip2", "14,LZMA", "98,PPMd", "77,unknown"})
  void unsupportedMethodsAreNamed(int method, String name) throws Exception {
    RawZip z = new RawZip();
    z.add("staff.csv", STAFF).method(method);
    ExtractionException e = refused(z.bytes());
    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
    assertThat(e.getMessage()).contains("'staff.csv'").contains(name).contains(String.valueOf(method));
  }

  @Test
  void encryptedEntriesAreEncrypted() throws Exception {
    RawZip z = new RawZip();
    z.add("staff.csv", STAFF).stored().flag(1);
    ExtractionException e = refused(z.bytes());
    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e.getMessage()).contains("'staff.csv'").contains("encrypted");
  }

  @Test
  void realInflatedBytesAreHeldToTheLimitsWhateverTheHeadersSay() throws Exception {
    RawZip z = new RawZip();
    z.add("big.txt", new byte[200_000]);
    Path p = write(z.bytes());
    Limits small = new Limits(1L << 30, 100, 100_000, 200.0, 5, java.time.Duration.ofMinutes(1));
    ExtractionException e =
        catchThrowableOfType(ExtractionException.class, () -> ZipGuard.check(p, small));
    assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("inflates to more than 100,000 bytes");
  }

  @Test
  void duplicateNamesAreStillRefused() throws Exception {
    RawZip z = new RawZip();
    z.add("Staff.csv", STAFF);
    z.add("staff.csv", "x");
    assertThat(refused(z.bytes()).reason()).isEqualTo(Reason.DUPLICATE_ZIP_ENTRY);
  }

  @Test
  void garbageAndCutShortFilesAreRefused() throws Exception {
    assertThat(refused("not a zip at all, just text".getBytes(StandardCharsets.UTF_8)).reason())
        .isEqualTo(Reason.CORRUPT);
    byte[] zip = twoEntries().bytes();
    byte[] cut = java.util.Arrays.copyOf(zip, zip.length - 30);
    assertThat(refused(cut).reason()).isIn(Reason.CORRUPT, Reason.TRUNCATED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../staff.csv", "xl/../../staff.csv", "/xl/staff.csv", "xl\\staff.csv",
      "xl/st\u0001aff.csv", "xl/%2e%2e/staff.csv", "xl%2fstaff.csv", "xl/%41.xml", "xl//a.xml",
      "xl/./a.xml", "C:/staff.csv", "xl/bad%zz.xml"})
  void invalidPartNamesAreRefusedForPackagesOnly(String name) throws Exception {
    RawZip z = new RawZip();
    z.add("[Content_Types].xml", "<Types/>");
    z.add(name, STAFF);
    Path p = write(z.bytes());
    assertThatCode(() -> ZipGuard.check(p, Limits.DEFAULT)).doesNotThrowAnyException();
    ExtractionException e = catchThrowableOfType(ExtractionException.class, () -> ZipGuard.checkPackage(p));
    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage()).contains("invalid name").doesNotContain("\u0001");
  }

  @Test
  void ordinaryPartNamesWithEscapedSpacesAreValid() throws Exception {
    RawZip z = new RawZip();
    z.add("xl/media/image%20one.png", new byte[] {1});
    z.add("Object 1/content.xml", "<x/>");
    z.add("Configurations2/accelerator/", new byte[0]).stored();
    Path p = write(z.bytes());
    assertThatCode(() -> ZipGuard.checkPackage(p)).doesNotThrowAnyException();
  }
}
