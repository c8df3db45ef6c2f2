package io.foilint.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.FoiLint;
import io.foilint.detect.Finding;
import io.foilint.model.FileType;
import io.foilint.scan.FileReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How structured text given on its own is read (issue 10 item 7): JSON, XML, SVG, markdown and a
 * covering note are text, never a table, and their values reach the free-text personal-data
 * checks located by line. XML is read as the characters it holds, never parsed: an entity
 * declaration (the XXE trick) is not expanded or fetched, and the name it would hide is in the
 * text the checks read. Decided so because values split across keys ({@code "first"},
 * {@code "last"}) stay on neighbouring lines, where the name checks see them together.
 */
class StructuredTextTest {

  @TempDir Path dir;

  private FileReport scan(String name, String text) throws Exception {
    Path f = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    return FoiLint.check(f).files().get(0);
  }

  private static boolean personalText(FileReport r) {
    return r.findings().stream().map(Finding::rule).anyMatch(id -> id.equals("personal-data-in-text"));
  }

  @Test
  void jsonIsTextAndItsValuesReachTheFreeTextChecks() throws Exception {
    FileReport r = scan("export.json", "{\n  \"case\": \"FOI-2024-0117\",\n  \"complainant\": {\n"
        + "    \"name\": \"Niamh Quenby\",\n    \"ni\": \"JK 12 34 56 C\",\n"
        + "    \"born\": \"14/03/1986\"\n  }\n}\n");
    assertThat(r.type()).isEqualTo(FileType.TEXT);
    assertThat(personalText(r)).as("findings %s", r.findings()).isTrue();
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("personal-data-in-text"))
        .allMatch(f -> f.location().place().startsWith("line "));
  }

  @Test
  void jsonLinesWithTheSameCommasAreNotATable() throws Exception {
    FileReport r = scan("rows.json", "{\"name\": \"a\", \"rank\": \"b\", \"station\": \"c\"}\n"
        + "{\"name\": \"d\", \"rank\": \"e\", \"station\": \"f\"}\n"
        + "{\"name\": \"g\", \"rank\": \"h\", \"station\": \"i\"}\n");
    assertThat(r.type()).isEqualTo(FileType.TEXT);
  }

  @Test
  void xmlIsReadAsTextAndAnEntityIsNeitherExpandedNorFetched() throws Exception {
    FileReport r = scan("case.xml", "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE c [<!ENTITY who \"Niamh Quenby, NI number JK 12 34 56 C\">"
        + "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>\n"
        + "<case ref=\"FOI-2024-0117\"><complainant>&who;</complainant><x>&ext;</x></case>\n");
    assertThat(r.type()).isEqualTo(FileType.TEXT);
    // the declaration itself is text the checks read; nothing of /etc/passwd is
    assertThat(personalText(r)).isTrue();
    assertThat(r.findings()).noneMatch(f -> f.message().contains("root:"));
  }

  @Test
  void svgAndMarkdownAreTextAndACleanNoteHasNothingToSay() throws Exception {
    assertThat(scan("logo.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
        + "<text x=\"1\" y=\"2\">Caldbridge Council</text></svg>\n").type()).isEqualTo(FileType.TEXT);
    FileReport md = scan("README.md", "# Disclosure bundle\n\nThis bundle answers request"
        + " FOI-2024-0117. The tables give counts by district for 2023.\n");
    assertThat(md.type()).isEqualTo(FileType.TEXT);
    assertThat(md.verdict().name()).isEqualTo("PASS");
    FileReport note = scan("covering-note.txt", "Dear Requester,\n\nPlease find attached the figures"
        + " you asked for, by district and by month.\n\nYours faithfully,\nInformation Rights Team\n");
    assertThat(note.type()).isEqualTo(FileType.TEXT);
    assertThat(note.verdict().name()).isEqualTo("PASS");
  }
}
