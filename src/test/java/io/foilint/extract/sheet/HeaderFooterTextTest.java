package io.foilint.extract.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderFooterTextTest {

  @Test
  void headerFooterCodesBecomePlainText() {
    assertThat(HeaderFooterText.plain("&L&\"Arial,Bold\"&12Prepared by J. Smith&RPage &P of &N"))
        .isEqualTo("Prepared by J. Smith Page [page] of [pages]");
    assertThat(HeaderFooterText.plain("&C&Z&F")).isEqualTo("[file path][file name]");
    assertThat(HeaderFooterText.plain("Smith && Jones")).isEqualTo("Smith & Jones");
  }

  @Test
  void aSectionCodeDoesNotJoinTheNextWord() {
    // corpus xls/poi__50939.xls: the footer "&RPage &P of &N" was read as the name "R Page"
    assertThat(HeaderFooterText.plain("&LP3 Systems GmbH&RPage &P of &N"))
        .isEqualTo("P3 Systems GmbH Page [page] of [pages]")
        .doesNotContain("R Page");
  }

  @Test
  void fieldsWrittenByNameBecomeTheSamePlaceholders() {
    // corpus xls/poi__SimpleWithColours.xls and four more: "Page &[Page]" was read as the name "Page Page"
    assertThat(HeaderFooterText.plain("&C&[Tab]")).isEqualTo("[sheet name]");
    assertThat(HeaderFooterText.plain("Page &[Page] of &[Pages]")).isEqualTo("Page [page] of [pages]");
    assertThat(HeaderFooterText.plain("&[Path]&[File] &[Date] &[Unknown]x")).isEqualTo("[file path][file name] [date] x");
  }
}
