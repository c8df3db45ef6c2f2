package io.foilint.extract.doc;

import io.foilint.extract.docx.WordRunFormat;
import io.foilint.extract.sheet.Rgb;
import java.lang.reflect.Field;
import org.apache.poi.hwpf.model.Colorref;
import org.apache.poi.hwpf.usermodel.CharacterProperties;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.ShadingDescriptor;

/**
 * A .doc character run's formatting in the docx reader's terms ({@link WordRunFormat}), so the
 * one judgement of hidden, dark-highlighted, invisible and tiny text ({@code
 * docx.RunVisibility}) decides both formats alike.
 *
 * <p>HWPF gives a run's hidden flag, colour, highlight and size, but keeps its shading and
 * revision authors in the {@link CharacterProperties} it does not hand out; they are read from
 * that field. Where the JVM refuses, shading and authors are unknown and everything else still
 * works.
 */
final class DocRunFormat {

  /** Word's 17 indexed colours (ico), as highlight colours: 0 = none. */
  private static final int[] ICO = {
      Rgb.UNKNOWN, 0x000000, 0x0000FF, 0x00FFFF, 0x00FF00, 0xFF00FF, 0xFF0000, 0xFFFF00,
      0xFFFFFF, 0x000080, 0x008080, 0x008000, 0x800080, 0x800000, 0x808000, 0x808080, 0xC0C0C0};

  /** Shading pattern "solid": the foreground colour fills the whole run. */
  private static final int SOLID = 1;

  private static final Field PROPS = propsField();

  private DocRunFormat() {}

  static WordRunFormat of(CharacterRun run) {
    WordRunFormat f = new WordRunFormat();
    f.hidden = run.isVanished();
    f.colour = colourRef(run.getIco24());
    f.highlight = run.isHighlighted() ? ico(run.getHighlightedColor()) : Rgb.UNKNOWN;
    CharacterProperties props = props(run);
    f.shading = props == null ? Rgb.UNKNOWN : fill(props.getShd());
    f.halfPoints = run.getFontSize();
    return f;
  }

  /** The author index of a run's insertion or deletion mark, or -1 when unknown. */
  static int revisionAuthor(CharacterRun run, boolean deleted) {
    CharacterProperties props = props(run);
    if (props == null) {
      return -1;
    }
    return deleted ? props.getIbstRMarkDel() : props.getIbstRMark();
  }

  /** The colour a shading paints, or {@link Rgb#UNKNOWN} for none, automatic or a pattern. */
  static int fill(ShadingDescriptor shd) {
    if (shd == null || shd.isEmpty()) {
      return Rgb.UNKNOWN;
    }
    if (shd.getIpat() == SOLID) {
      // solid shading with an automatic foreground is drawn black: Word's "Shading 100%"
      int fore = colourRef(shd.getCvFore());
      return fore == Rgb.UNKNOWN ? 0x000000 : fore;
    }
    return shd.getIpat() == 0 ? colourRef(shd.getCvBack()) : Rgb.UNKNOWN;
  }

  private static int colourRef(Colorref c) {
    return c == null || c.isEmpty() ? Rgb.UNKNOWN : colourRef(c.getValue());
  }

  /** A COLORREF (0x00BBGGRR; a non-zero top byte means automatic) as 0xRRGGBB. */
  static int colourRef(int value) {
    if (value == -1 || (value >>> 24) != 0) {
      return Rgb.UNKNOWN;
    }
    int r = value & 0xFF;
    int g = (value >> 8) & 0xFF;
    int b = (value >> 16) & 0xFF;
    return r << 16 | g << 8 | b;
  }

  private static int ico(int index) {
    return index >= 0 && index < ICO.length ? ICO[index] : Rgb.UNKNOWN;
  }

  private static CharacterProperties props(CharacterRun run) {
    if (PROPS == null) {
      return null;
    }
    try {
      return (CharacterProperties) PROPS.get(run);
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  private static Field propsField() {
    try {
      Field f = CharacterRun.class.getDeclaredField("_props");
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
