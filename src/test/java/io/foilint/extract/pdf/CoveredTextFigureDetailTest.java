package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A white shape over a figure's letter or an equation's digit is not a redaction; a box over a word is. */
class CoveredTextFigureDetailTest {

  private static final int BLACK = 0x000000;
  private static final int WHITE = 0xFFFFFF;
  private static final Rectangle2D PAGE = new Rectangle2D.Double(0, 0, 595, 842);

  private static List<CoveredBox> boxOver(String text, int fill) {
    List<GlyphBox> glyphs = new ArrayList<>();
    double x = 100;
    for (int i = 0; i < text.length(); i++) {
      String ch = text.substring(i, i + 1);
      glyphs.add(new GlyphBox(i, new Rectangle2D.Double(x, 400, 5, 7), PAGE, ch, BLACK, 10));
      x += 6;
    }
    Rectangle2D box = new Rectangle2D.Double(95, 395, x - 95 + 5, 17);
    FilledArea area = new FilledArea(100, FilledArea.Kind.RECTANGLE, box, null, PAGE, fill);
    return new CoveredTextFinder(PAGE).find(glyphs, List.of(area));
  }

  @Test
  void whiteShapeOverOneLetterOrTwoDigitsIsNoRedaction() {
    assertThat(boxOver("a", WHITE)).isEmpty();
    assertThat(boxOver("0 1", WHITE)).isEmpty();
    assertThat(boxOver("x2", WHITE)).isEmpty();
  }

  @Test
  void blackBoxOverOneLetterIsStillReported() {
    assertThat(boxOver("a", BLACK)).extracting(CoveredBox::text).containsExactly("a");
  }

  @Test
  void whiteBoxOverAWordOrANameIsStillReported() {
    assertThat(boxOver("def", WHITE)).extracting(CoveredBox::text).containsExactly("def");
    assertThat(boxOver("Quinn", WHITE)).extracting(CoveredBox::text).containsExactly("Quinn");
    assertThat(boxOver("No", WHITE)).extracting(CoveredBox::text).containsExactly("No");
  }

  @Test
  void whiteShapeOverFourDigitsIsStillReported() {
    assertThat(boxOver("1984", WHITE)).extracting(CoveredBox::text).containsExactly("1984");
  }
}
