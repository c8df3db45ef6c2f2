package io.foilint.detect.personal.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFindTest {

  private final NameShapes shapes = NameShapes.bundled();

  @Test
  void findsRankAndTitleNamesWithOffsets() {
    String text = "Spoke to DS Niamh Quinn at 10:00; Mr J. Smith's car was seen by PC Patel.";
    List<NameMention> found = shapes.find(text);
    assertThat(found).extracting(NameMention::text)
        .containsExactly("DS Niamh Quinn", "Mr J. Smith", "PC Patel");
    for (NameMention m : found) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.confidence()).isGreaterThanOrEqualTo(NameShapes.FREE_TEXT_THRESHOLD);
    }
    assertThat(found).extracting(NameMention::shape)
        .containsExactly(NameShape.RANK_NAME, NameShape.TITLE_NAME, NameShape.RANK_NAME);
  }

  @Test
  void findsPlainAndListStyleNames() {
    String text = "Reviewed by Aoife Murphy and Smith, J. before release.";
    assertThat(shapes.find(text)).extracting(NameMention::text)
        .containsExactly("Aoife Murphy", "Smith, J.");
  }

  @Test
  void prefersTheMostConfidentOfOverlappingSpans() {
    List<NameMention> found = shapes.find("Dear Priya Patel, thank you.");
    assertThat(found).extracting(NameMention::text).containsExactly("Priya Patel");
  }

  @Test
  void ordinaryProseHasNoNames() {
    assertThat(shapes.find("Burglary figures for March rose at Northgate station.")).isEmpty();
    assertThat(shapes.find("Total incidents in May: 12. Grace period ends in June.")).isEmpty();
    assertThat(shapes.find("Victoria Park and Chester Road are closed.")).isEmpty();
    assertThat(shapes.find("")).isEmpty();
    assertThat(shapes.find(null)).isEmpty();
  }

  @Test
  void aTrapFirstNameWithAKnownSurnameIsStillFound() {
    assertThat(shapes.find("Signed off by Chief Executive Mark Lewis today."))
        .extracting(NameMention::text)
        .containsExactly("Mark Lewis");
  }

  @Test
  void accentedAndCurlyApostropheNamesAreFoundVerbatim() {
    String text = "Complainant: Ms Siobhán O’Brien (see note).";
    List<NameMention> found = shapes.find(text);
    assertThat(found).extracting(NameMention::text).containsExactly("Ms Siobhán O’Brien");
  }
}
