package io.foilint.extract.tika;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.image.HeifParser;
import org.apache.tika.parser.image.ImageParser;
import org.apache.tika.parser.image.JpegParser;
import org.apache.tika.parser.image.TiffParser;
import org.apache.tika.parser.image.WebPParser;

/**
 * The picture formats whose metadata foilint reads, told apart by their signature bytes (never
 * by name): each with the Tika parser that reads its EXIF, XMP, IPTC or text chunks. Signatures
 * are checked beyond their first bytes where those are weak ("BM" starts ordinary text too).
 */
public enum PictureFormat {
  JPEG("JPEG", "image/jpeg"),
  PNG("PNG", "image/png"),
  GIF("GIF", "image/gif"),
  BMP("BMP", "image/bmp"),
  TIFF("TIFF", "image/tiff"),
  WEBP("WebP", "image/webp"),
  HEIF("HEIF/HEIC", "image/heif");

  /** Sizes of the BMP info headers Windows and OS/2 define (BITMAPCOREHEADER … BITMAPV5HEADER). */
  private static final Set<Integer> BMP_INFO_HEADERS = Set.of(12, 16, 40, 52, 56, 64, 108, 124);

  /** ISO base media brands of HEIF still pictures (iPhone photos are "heic"). */
  private static final Set<String> HEIF_BRANDS =
      Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif");

  private final String label;
  private final String mediaType;

  PictureFormat(String label, String mediaType) {
    this.label = label;
    this.mediaType = mediaType;
  }

  /** The name an officer knows ("JPEG"). */
  public String label() {
    return label;
  }

  String mediaType() {
    return mediaType;
  }

  /** A fresh Tika parser for the format. */
  Parser parser() {
    return switch (this) {
      case JPEG -> new JpegParser();
      case TIFF -> new TiffParser();
      case WEBP -> new WebPParser();
      case HEIF -> new HeifParser();
      case PNG, GIF, BMP -> new ImageParser();
    };
  }

  /** The format whose signature {@code head} (its first {@code n} bytes) starts with. */
  public static Optional<PictureFormat> sniff(byte[] head, int n) {
    if (n < 12) {
      return Optional.empty();
    }
    if (u(head, 0) == 0xFF && u(head, 1) == 0xD8 && u(head, 2) == 0xFF) {
      return Optional.of(JPEG);
    }
    if (u(head, 0) == 0x89 && ascii(head, 1, 3).equals("PNG") && u(head, 4) == 0x0D
        && u(head, 5) == 0x0A) {
      return Optional.of(PNG);
    }
    String start6 = ascii(head, 0, 6);
    if (start6.equals("GIF87a") || start6.equals("GIF89a")) {
      return Optional.of(GIF);
    }
    if ((ascii(head, 0, 4).equals("II*\0") || ascii(head, 0, 4).equals("MM\0*"))) {
      return Optional.of(TIFF);
    }
    if (ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
      return Optional.of(WEBP);
    }
    if (ascii(head, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(head, 8, 4))) {
      return Optional.of(HEIF);
    }
    if (n >= 18 && ascii(head, 0, 2).equals("BM") && u(head, 6) == 0 && u(head, 7) == 0
        && u(head, 8) == 0 && u(head, 9) == 0
        && BMP_INFO_HEADERS.contains(u(head, 14) | u(head, 15) << 8 | u(head, 16) << 16
            | u(head, 17) << 24)) {
      return Optional.of(BMP);
    }
    return Optional.empty();
  }

  private static int u(byte[] b, int i) {
    return b[i] & 0xFF;
  }

  private static String ascii(byte[] b, int from, int length) {
    return new String(b, from, length, StandardCharsets.ISO_8859_1);
  }
}
