package io.foilint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.scan.FileReport;
import io.foilint.testing.Corpus;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every Word 97-2003 file of the third-party corpus ({@code doc/}, {@code robustness/doc/})
 * through the whole engine: each gets a verdict, none is left unsupported because it is a .doc
 * (only Word 6.0/95 files, damaged files and files that are not Word documents may be), nothing
 * escapes, nothing hangs; the features LABELS.tsv records are reported. In the same run each
 * file's text is extracted with Tika's {@code OfficeParser} (HWPF too), so foilint's time per
 * file stands beside plain text extraction ({@link CorpusSweep}). Skips, saying so, when the
 * corpus is absent.
 *
 * <p>Writes {@code target/doc-corpus-recall.tsv} and {@code target/doc-corpus-verdicts.tsv}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocCorpusTest {

  /** Recall each label must keep: the levels measured when the reader got its tests. */
  private static final Map<String, Double> MIN_RECALL =
      // embedded_objects: 27 of the 48 files so labelled have an ObjectPool storage with nothing
      // in it (listed with POIFS: no child storage), which Word creates in every document; all
      // 21 with an object are found. metadata_author: one fuzzed file's property streams cannot
      // be parsed (reported as uninspected-part, REVIEW)
      Map.of("embedded_objects", 21.0 / 48, "vba_macros", 1.0, "metadata_author", 146.0 / 147);

  private CorpusSweep sweep;

  @BeforeAll
  void scanCorpus() throws IOException {
    Path root = Corpus.root();
    sweep = CorpusSweep.run(root, "doc", List.of("doc", "robustness/doc"), new OfficeParser());
  }

  @Test
  void everyDocGetsAVerdict() {
    assertThat(sweep.reports).hasSizeGreaterThan(185);
    int notRead = 0;
    for (Map.Entry<String, FileReport> e : sweep.reports.entrySet()) {
      FileReport report = e.getValue();
      assertThat(report.verdict()).as(e.getKey()).isIn(Verdict.PASS, Verdict.REVIEW, Verdict.BLOCK);
      assertThat(report.findings()).as(e.getKey())
          .noneMatch(f -> f.message().contains("internal error") || f.message().contains("longer than the"));
      boolean unreadable = report.findings().stream()
          .anyMatch(x -> x.rule().equals("unreadable-file") && x.location().toString().isEmpty());
      if (unreadable) {
        notRead++;
        // only pre-97 Word and files typed as something else are refused
        assertThat(report.findings().stream().filter(x -> x.rule().equals("unreadable-file"))
            .map(x -> x.message()).toList())
            .as(e.getKey())
            .allMatch(m -> m.contains("Word 6.0/95") || m.contains("cannot inspect")
                || m.contains("does not recognise") || m.contains("damaged"));
      }
    }
    System.out.printf("doc-corpus: %d files, %d not read%n", sweep.reports.size(), notRead);
    assertThat(notRead).as("files not read").isLessThanOrEqualTo(25);
  }

  /** The password-protected files (RC4 and CryptoAPI) are encrypted-file, not damaged. */
  @Test
  void encryptedDocsAreEncrypted() {
    for (String f : List.of("robustness/doc/poi__PasswordProtected.doc",
        "robustness/doc/poi__password_password_cryptoapi.doc",
        "robustness/doc/poi__password_tika_binaryrc4.doc")) {
      assertThat(sweep.reports.get(f).findings()).as(f).anyMatch(x -> x.rule().equals("encrypted-file"));
    }
  }

  /**
   * Earlier-revision text, checked by hand: Bug33519, o_kurs, ob_is and rasp keep Bulgarian or
   * Russian prose and save paths no story shows; 58804, 58804_1, testControlCharacters and
   * kwsymphony only held printable bytes of their pictures (a PNG's ICC profile name, a JPEG's
   * XMP packet), which the drawing layer's BStore accounts for.
   */
  @Test
  void earlierRevisionTextOnlyWhereThereIsSome() {
    List<String> found = sweep.reports.entrySet().stream()
        .filter(e -> e.getValue().findings().stream().anyMatch(f -> f.rule().equals("earlier-revision")))
        .map(Map.Entry::getKey).toList();
    assertThat(found).containsExactlyInAnyOrder("doc/poi__Bug33519.doc", "doc/poi__o_kurs.doc",
        "doc/poi__ob_is.doc", "doc/poi__rasp.doc");
  }

  @Test
  void labelledFeaturesAreReported() throws IOException {
    sweep.assertRecallAtLeast(MIN_RECALL);
  }
}
