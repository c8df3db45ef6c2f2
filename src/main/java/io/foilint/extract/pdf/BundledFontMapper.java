package io.foilint.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The fonts PDFBox uses for a PDF's fonts that are not embedded, taken only from fonts shipped
 * with foilint, so a PDF reads and renders the same on every machine.
 *
 * <p>PDFBox's own mapper looks for a substitute among the fonts installed on the host (and writes
 * a font cache into the home directory): a glyph outline, and so the ink box foilint uses to decide
 * whether text lies under a drawn box, then depends on which fonts the host has. This mapper never
 * looks at the host: each name is mapped to one of the twelve Liberation fonts (Sans, Serif, Mono,
 * each regular, bold, italic and bold italic), which have the metrics of Arial/Helvetica, Times
 * New Roman and Courier New. A name it does not know (Calibri, Symbol, a CJK font) gets the
 * family its font descriptor asks for (fixed pitch, serif, else sans) and is marked as a fallback.
 * Widths in the file still come from the file (or, for the standard 14 fonts, PDFBox's AFM
 * metrics); only outlines and missing metrics come from here.
 *
 * <p>{@link #install()} sets it before PDFBox maps any font; every class that hands a PDF to
 * PDFBox calls it first.
 */
final class BundledFontMapper implements FontMapper {

  /** Where the Liberation fonts lie on the class path (the openpdf-fonts-extra artifact). */
  static final String FONT_FOLDER = "liberation/";

  /** Largest bundled font read (the biggest is about 410 KB). */
  private static final int MAX_FONT_BYTES = 2 << 20;

  /** A bundled font family. */
  enum Family {
    SANS("LiberationSans"),
    SERIF("LiberationSerif"),
    MONO("LiberationMono");

    private final String file;

    Family(String file) {
      this.file = file;
    }
  }

  /** One of the twelve bundled fonts. */
  record Face(Family family, boolean bold, boolean italic) {

    /** The resource name, e.g. {@code liberation/LiberationSerif-BoldItalic.ttf}. */
    String resource() {
      String style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
      return FONT_FOLDER + family.file + "-" + style + ".ttf";
    }
  }

  private static final BundledFontMapper INSTANCE = new BundledFontMapper();

  static {
    FontMappers.set(INSTANCE);
  }

  private final Map<Face, TrueTypeFont> loaded = new ConcurrentHashMap<>();

  private BundledFontMapper() {}

  /**
   * Makes PDFBox use this mapper; idempotent. Called before any PDF is opened: PDFBox's default
   * mapper, once asked, scans the host's fonts and writes {@code ~/.pdfbox.cache}.
   */
  static void install() {
    // The static initialiser has run by now; setting again undoes anyone who replaced it.
    if (FontMappers.instance() != INSTANCE) {
      FontMappers.set(INSTANCE);
    }
  }

  /** The mapper PDFBox uses once {@link #install()} has run. */
  static BundledFontMapper instance() {
    return INSTANCE;
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    Choice c = choose(baseFont, descriptor);
    return new FontMapping<>(font(c.face()), c.fallback());
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    Choice c = choose(baseFont, descriptor);
    return new FontMapping<>(font(c.face()), c.fallback());
  }

  @Override
  public CIDFontMapping getCIDFont(
      String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
    // No CJK font is bundled: a non-embedded CID font gets a Liberation face (its text still comes
    // from the file's ToUnicode map or CMap, and its widths from the file); always a fallback.
    Choice c = choose(baseFont, descriptor);
    return new CIDFontMapping(null, font(c.face()), true);
  }

  /** The face chosen for a font name and descriptor, and whether it is only a fallback. */
  record Choice(Face face, boolean fallback) {}

  /**
   * Chooses by name first (Arial, Helvetica, Times, Courier and their Liberation, Croscore and
   * PostScript spellings are exact matches), then by the descriptor's flags; never by the host.
   */
  static Choice choose(String baseFont, PDFontDescriptor descriptor) {
    String name = normalise(baseFont);
    if (name.isEmpty() && descriptor != null) {
      name = normalise(descriptor.getFontName());
    }
    Family family = null;
    boolean exact = false;
    if (containsAny(name, "courier", "cousine", "liberationmono")) {
      family = Family.MONO;
      exact = true;
    } else if (containsAny(name, "arial", "helvetica", "arimo", "liberationsans")) {
      family = Family.SANS;
      exact = true;
    } else if (containsAny(name, "times", "tinos", "liberationserif")) {
      family = Family.SERIF;
      exact = true;
    } else if (containsAny(name, "mono", "consola", "console", "typewriter", "fixed")) {
      family = Family.MONO;
    } else if (containsAny(name, "sans", "gothic", "grotesk")) {
      family = Family.SANS;
    } else if (containsAny(name, "serif", "roman", "georgia", "garamond", "cambria", "palatino",
        "bookman", "antiqua", "century", "minion", "baskerville", "caslon", "didot", "bodoni")) {
      family = Family.SERIF;
    } else if (descriptor != null && descriptor.isFixedPitch()) {
      family = Family.MONO;
    } else if (descriptor != null && descriptor.isSerif()) {
      family = Family.SERIF;
    } else {
      family = Family.SANS;
    }
    boolean bold = containsAny(name, "bold", "black", "heavy", "demi", "semibold")
        || (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600));
    boolean italic = containsAny(name, "italic", "oblique", "slanted")
        || (baseFont != null && baseFont.matches(".*[-,](Bold|Semibold|Black)?It"))
        || (descriptor != null && (descriptor.isItalic() || descriptor.getItalicAngle() != 0));
    return new Choice(new Face(family, bold, italic), !exact);
  }

  /**
   * Lower case, letters and digits only, without a subset tag ({@code ABCDEF+}) or a trailing
   * {@code MT}/{@code PS} vendor mark: {@code "TimesNewRomanPS-BoldMT"} becomes {@code
   * "timesnewromanbold"}.
   */
  static String normalise(String fontName) {
    if (fontName == null) {
      return "";
    }
    String n = fontName;
    int plus = n.indexOf('+');
    if (plus == 6) {
      n = n.substring(plus + 1);
    }
    n = n.replaceAll("MT$", "").replaceAll("PS(?=[-,]|$)", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static boolean containsAny(String s, String... parts) {
    for (String p : parts) {
      if (s.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** The bundled font for a face, read once per run. */
  TrueTypeFont font(Face face) {
    return loaded.computeIfAbsent(face, BundledFontMapper::load);
  }

  private static TrueTypeFont load(Face face) {
    String resource = face.resource();
    try (InputStream in = BundledFontMapper.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing from the class path");
      }
      byte[] bytes = in.readNBytes(MAX_FONT_BYTES + 1);
      if (bytes.length > MAX_FONT_BYTES) {
        throw new IOException("larger than expected");
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    } catch (IOException e) {
      // A broken build, not a broken PDF: there is no host font to fall back to, by design.
      throw new UncheckedIOException("foilint's bundled font " + resource + " cannot be read", e);
    }
  }
}
