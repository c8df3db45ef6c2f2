package io.foilint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.extract.Limits;
import io.foilint.testing.Corpus;
import io.foilint.verdict.Policy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus holds no presentation of its own, but four Office files embed one (Tika's and POI's
 * test documents): each is scanned through the whole engine and the presentation inside must be
 * read — findings located under its inner path, none saying the presentation itself could not
 * be inspected (a document nested inside it may be of a kind foilint does not read yet).
 */
class SlidesCorpusTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "docx/tika__testWORD_embeded.docx, word/embeddings/Microsoft_Office_PowerPoint_Presentation2.pptx",
      "docx/tika__testWORD_2006ml.docx, word/embeddings/Microsoft_PowerPoint_97-2003_Presentation.ppt",
      "xlsx/poi__ExcelWithAttachments.xlsm, xl/embeddings/____________Microsoft_Office_PowerPoint1.pptx",
      "xlsx/tika__testEXCEL_embeded.xlsx, xl/embeddings/Microsoft_Office_PowerPoint_Presentation1.pptx",
  })
  void anEmbeddedPresentationIsRead(String file, String inner) throws Exception {
    Path path = Corpus.file(file);
    List<FileReport> reports = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT).scan(List.of(path));
    List<Finding> findings = reports.get(0).findings();
    List<Finding> inside = findings.stream()
        .filter(f -> f.location().toString().startsWith(inner + "!/")).toList();
    String seen = findings.stream().map(f -> f.rule() + " @" + f.location() + ": " + f.message())
        .toList().toString();
    assertThat(inside).as(seen).isNotEmpty();
    // the presentation itself was read (a document nested inside it may still be unreadable)
    assertThat(findings).as(seen).noneMatch(f -> f.location().toString().equals(inner)
        && (f.rule().equals("unreadable-file") || f.rule().equals("limit-exceeded")));
    assertThat(findings).as(seen).noneMatch(f -> f.message().contains("cannot inspect PowerPoint"));
  }
}
