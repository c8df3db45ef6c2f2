package io.foilint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.detect.personal.names.PersonOrPlaceholder;
import io.foilint.scan.FileReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus's {@code metadata_author} labels (LABELS.tsv: author, last saved by, creator, last
 * modified by, PDF /Author) as ground truth for the document-properties rule: every label value
 * that names a person must leave its file REVIEW for document properties (or the file blocked as
 * unreadable); the values decided by hand to name no person must be judged so by {@link
 * PersonOrPlaceholder}, except the few it cannot tell without a marker word (kept REVIEW: the
 * safe side).
 */
final class PropertyAuthorLabels {

  /** Label values decided by hand to name no person, which the judgement recognises. */
  static final Set<String> NOT_PEOPLE =
      Set.of("Microsoft Corporation", "Administrator", "Microsoft Office User", "Apache POI",
          "User", "user", "USER", "USER1", "Thinstall Portable", "G&R Consulting",
          "Business Implementation Team", "test", "Valued Acer Customer",
          "St. Paul Fire & Marine Insurance", "sas user", "Preferred Customer", "Reporter",
          "OfficeUSER", "IBM_USER", "IBM SPSS Export Facility", "JPMorgan Chase & Co.",
          "Precognox Kft", "xlsxwriter", "openpyxl", "name", "Windows User", "Windows ユーザー",
          "Unknown", "TK-Admin", "SERVER", "DeltaCAD", "Siterra Corporations", "Your User Name",
          "Support", "admin", "Sample Author 1", "Crystal Decisions",
          "Crystal Reports", "Federal Trade Commission", "FDA USER", "The Bank of England",
          "None", "Department of Justice, U.S. Trustee Program", "Calc",
          "A satisfied Microsoft Office9 User", "Washington State University",
          "Angelo State University", "GKN Automotive, Inc.", "tech-corp", "DH User",
          "微软用户", "Propriétaire", "BNP Paribas User", "Schemasoft", "Java Excel API v2.3.10",
          "Microsoft", "Microsoft Employee", "IEUser", "NTKO", "anonymous", "the author",
          "worker", "U.S. Government Printing Office", "Document author", "Sample Author 2",
          "User: Unprivileged user [nobody]", "pdf-author", "xmp-dc-creator", "pdf-creator");

  /**
   * Label values decided by hand to name no person that the judgement keeps as people: names of
   * firms, machines and places with no legal form, team or account word to tell them by.
   */
  static final Set<String> NOT_PEOPLE_KEPT_FOR_REVIEW =
      Set.of("CEBbuild", "XPVMWARE01", "GAO", "Freddie Mac", "Exeter", "Ozgrid.", "Amdocs",
          "mimacom", "Pullman", "WA", "IEEE", "PricewaterhouseCoopers", "Torchbox", "ADMINIBM",
          "dttguest", "Registered to: DEV", "網路處", "Ace Cash", "uat-b3820070",
          "Windows ã¦ã¼ã¶ã¼");

  /**
   * Labels written from the wrong code page, of values foilint reads correctly as placeholders:
   * "Î¢ÈíÓÃ»§" is GBK "微软用户" ("Microsoft user") read as Windows-1252.
   */
  static final Set<String> MIS_DECODED_PLACEHOLDERS = Set.of("Î¢ÈíÓÃ»§");

  /** Fail-closed rules: a file they block was never read, so its properties are not judged. */
  private static final Set<String> FAIL_CLOSED =
      Set.of("encrypted-file", "unreadable-file", "limit-exceeded");

  private PropertyAuthorLabels() {}

  /** (file, value) pairs of the metadata_author labels of files in {@code reports}. */
  static List<String[]> labels(Path root, Map<String, FileReport> reports) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(root.resolve("LABELS.tsv"))) {
      String[] c = line.split("\t", 3);
      if (c.length < 3 || !c[1].equals("metadata_author") || !reports.containsKey(c[0])) {
        continue;
      }
      String ev = c[2];
      String value = ev.startsWith("/Author ") ? ev.substring("/Author ".length())
          : ev.substring(ev.indexOf('=') + 1);
      out.add(new String[] {c[0], value.strip()});
    }
    return out;
  }

  /** Asserts every person label is still REVIEW and every hand-decided placeholder is judged so. */
  static void check(Path root, Map<String, FileReport> reports) throws IOException {
    List<String[]> labels = labels(root, reports);
    assertThat(labels).isNotEmpty();
    List<String> lost = new ArrayList<>();
    List<String> misjudged = new ArrayList<>();
    int people = 0;
    for (String[] l : labels) {
      String value = l[1];
      if (NOT_PEOPLE.contains(value)) {
        if (PersonOrPlaceholder.isPerson(value)) {
          misjudged.add(value);
        }
        continue;
      }
      if (value.isEmpty() || MIS_DECODED_PLACEHOLDERS.contains(value)) {
        continue;
      }
      if (!NOT_PEOPLE_KEPT_FOR_REVIEW.contains(value)) {
        people++;
      }
      FileReport r = reports.get(l[0]);
      boolean review = r.findings().stream().anyMatch(f -> f.rule().equals("document-properties")
          && f.severity() == Severity.REVIEW);
      boolean unread = r.findings().stream().map(Finding::rule).anyMatch(FAIL_CLOSED::contains);
      if (!review && !unread) {
        lost.add(l[0] + " (" + value.length() + " characters)");
      }
    }
    System.out.printf("[foilint] metadata_author labels: %d, of people %d; none lost: %s%n",
        labels.size(), people, lost.isEmpty());
    assertThat(misjudged).as("placeholders decided by hand, judged a person").isEmpty();
    assertThat(lost).as("files whose labelled author is no longer REVIEW").isEmpty();
  }
}
