package io.foilint.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.EmbeddedRecorder;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.TypeSniffer;
import io.foilint.fixtures.ExifJpeg;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.FileType;
import io.foilint.testing.RecordingHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageExtractorTest {

  @TempDir Path dir;
  private final EmbeddedRecorder context = new EmbeddedRecorder();
  private final RecordingHandler out = new RecordingHandler();

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private void extract(byte[] bytes) throws Exception {
    new ImageExtractor().extract(write("p.bin", bytes), context, out);
  }

  @Test
  void aPhotosArtistSoftwareAndGpsPositionAreReported() throws Exception {
    extract(ExifJpeg.photo("Niamh Quenby", "Adobe Photoshop 25.0", 51.50135, -0.14189));

    assertThat(out.facts).filteredOn(f -> f.kind() == FactKind.DOCUMENT_PROPERTY)
        .extracting(f -> f.name() + "=" + f.value())
        .containsExactly("Exif IFD0:Artist=Niamh Quenby", "Exif IFD0:Software=Adobe Photoshop 25.0");
    Fact gps = out.facts.stream().filter(f -> f.kind() == FactKind.IMAGE_LOCATION).findFirst()
        .orElseThrow();
    assertThat(Double.parseDouble(gps.attr("latitude"))).isCloseTo(51.50135, within());
    assertThat(Double.parseDouble(gps.attr("longitude"))).isCloseTo(-0.14189, within());
    assertThat(gps.attr("format")).isEqualTo("JPEG");
  }

  @Test
  void whatTikaSaysAboutItsTemporaryCopyIsNoProperty() throws Exception {
    extract(ExifJpeg.photo("Niamh Quenby", null, null, null));
    // file name, size and modification date of Tika's copy differ on every machine
    assertThat(out.facts).extracting(Fact::name)
        .noneMatch(n -> n.startsWith("File ") || n.contains("Modified"));
  }

  @Test
  void tikasSpoolCopyOfAPhotoIsDeletedAndNeverLeavesThePrivateDirectory() throws Exception {
    Path systemTemp = Path.of(System.getProperty("java.io.tmpdir"));
    long before = tikaCopiesIn(systemTemp);

    extract(ExifJpeg.photo("Niamh Quenby", null, 51.5, -0.14));
    assertThatThrownBy(() -> extract(Arrays.copyOf(ExifJpeg.photo("Niamh Quenby", null, 51.5, -0.14), 40)))
        .isInstanceOf(ExtractionException.class);

    // the JPEG reader spools its input to a file: it must go to foilint's private folder and
    // be removed when the parse ends, damaged or not (a fuzz run once left 300,000 behind)
    assertThat(tikaCopiesIn(systemTemp)).isEqualTo(before);
    assertThat(tikaCopiesIn(io.foilint.extract.TempFiles.dir())).isZero();
  }

  private static long tikaCopiesIn(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith("apache-tika-")).count();
    }
  }

  @Test
  void aPhotoWithoutPositionHasNoLocationButIsStillNotLookedAt() throws Exception {
    extract(ExifJpeg.plainJpeg());

    assertThat(out.facts).noneMatch(f -> f.kind() == FactKind.IMAGE_LOCATION);
    Fact notLookedAt = out.facts.stream().filter(f -> f.kind() == FactKind.UNINSPECTED_PART)
        .findFirst().orElseThrow();
    assertThat(notLookedAt.flag("pictures")).isTrue();
    assertThat(notLookedAt.value()).contains("JPEG", "not looked at", "text or faces");
  }

  @Test
  void pngTextChunksAreReadByKeyword() throws Exception {
    extract(ExifJpeg.pngWithText("Author", "Niamh Quenby"));

    assertThat(out.facts).filteredOn(f -> f.kind() == FactKind.DOCUMENT_PROPERTY)
        .extracting(f -> f.name() + "=" + f.value())
        .containsExactly("PNG text:Author=Niamh Quenby");
  }

  @Test
  void aDamagedPictureIsNeverAnEmptyPass() throws Exception {
    byte[] jpeg = ExifJpeg.photo("Niamh Quenby", null, 51.5, -0.1);
    byte[] cut = Arrays.copyOf(jpeg, 40); // the EXIF block ends mid-way
    assertThatThrownBy(() -> extract(cut)).isInstanceOf(ExtractionException.class);
  }

  @Test
  void picturesAreTypedByTheirBytesAndBmLetterTextStaysText() throws Exception {
    assertThat(TypeSniffer.sniff(write("a.txt", ExifJpeg.plainJpeg()))).isEqualTo(FileType.IMAGE);
    assertThat(TypeSniffer.sniff(write("b.dat", ExifJpeg.plainPng()))).isEqualTo(FileType.IMAGE);
    assertThat(TypeSniffer.sniff(write("c.txt",
        "BMW fleet report\nThe pool cars were serviced in March.\n".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(FileType.TEXT);
  }

  @Test
  void signaturesOfEveryFormatAreKnown() {
    assertThat(PictureFormat.sniff(ascii("GIF89a\0\0\0\0\0\0"), 12)).contains(PictureFormat.GIF);
    assertThat(PictureFormat.sniff(ascii("II*\0\u0008\0\0\0\0\0\0\0"), 12)).contains(PictureFormat.TIFF);
    assertThat(PictureFormat.sniff(ascii("RIFF\0\0\0\0WEBPVP8 "), 16)).contains(PictureFormat.WEBP);
    assertThat(PictureFormat.sniff(ascii("\0\0\0\u0018ftypheic\0\0\0\0"), 16)).contains(PictureFormat.HEIF);
    assertThat(PictureFormat.sniff(ascii("\0\0\0\u0018ftypisom\0\0\0\0"), 16)).isEmpty();
    byte[] bmp = new byte[32];
    bmp[0] = 'B';
    bmp[1] = 'M';
    bmp[14] = 40;
    assertThat(PictureFormat.sniff(bmp, bmp.length)).contains(PictureFormat.BMP);
    bmp[14] = 'x';
    assertThat(PictureFormat.sniff(bmp, bmp.length)).isEmpty();
  }

  @Test
  void aPhotoInABundleIsReadAndLocatedByItsInnerPath() throws Exception {
    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
      z.putNextEntry(new java.util.zip.ZipEntry("photos/site.jpg"));
      z.write(ExifJpeg.photo(null, null, 51.50135, -0.14189));
      z.closeEntry();
    }
    var report = io.foilint.FoiLint.check(write("bundle.zip", zip.toByteArray()));
    var findings = report.files().stream().flatMap(f -> f.findings().stream()).toList();
    assertThat(findings).filteredOn(f -> f.rule().equals("image-location"))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).isEqualTo("about 51.5° N, 0.1° W"));
    assertThat(report.files()).extracting(r -> r.path()).anyMatch(p -> p.endsWith("photos/site.jpg"));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.0001);
  }
}
