package io.foilint.detect.personal.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.personal.names.PersonOrPlaceholder.Judgement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Values from the corpus's document properties and comment authors (../shared/corpus), each
 * decided by hand: those that name no person, and people (and logins, which identify people)
 * that must stay people.
 */
class PersonOrPlaceholderTest {

  @ParameterizedTest
  @ValueSource(strings = {"Microsoft Office User", "Administrator", "Calc", "Java Excel API",
      "Java Excel API v2.3.10", "Apache POI", "user", "User", "USER", "USER1", "Owner",
      "Windows User", "Windows ユーザー", "微软用户", "Propriétaire", "OfficeUSER", "IEUser",
      "IBM_USER", "FDA USER", "DH User", "sas user", "BNP Paribas User", "Microsoft Employee",
      "A satisfied Microsoft Office9 User", "Preferred Customer", "Valued Acer Customer",
      "Your User Name", "Document author", "Sample Author 1", "the author", "pdf-author",
      "xmp-dc-creator", "TK-Admin", "admin", "anonymous", "Unknown", "None", "test", "SERVER",
      "Reporter", "worker", "name", "Author", "作者", "Автор", "openpyxl", "xlsxwriter",
      "Crystal Reports", "Crystal Decisions", "DeltaCAD", "Thinstall Portable",
      "IBM SPSS Export Facility", "Microsoft", "User: Unprivileged user [nobody]"})
  void applicationsAndAccounts(String value) {
    assertThat(PersonOrPlaceholder.judge(value)).as(value).isEqualTo(Judgement.APPLICATION_OR_ACCOUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Microsoft Corporation", "Federal Trade Commission", "Robert Bosch GmbH",
      "G&R Consulting", "St. Paul Fire & Marine Insurance", "JPMorgan Chase & Co.",
      "Precognox Kft", "Siterra Corporations", "GKN Automotive, Inc.", "Angelo State University",
      "Washington State University", "The Bank of England", "Kent Police", "Essex Constabulary",
      "Leeds City Council", "Barts Health NHS Trust", "Information Commissioner's Office Ltd",
      "tech-corp", "Department of Justice, U.S. Trustee Program", "Acme Widgets plc",
      "Smith & Jones LLP"})
  void organisations(String value) {
    assertThat(PersonOrPlaceholder.judge(value)).as(value).isEqualTo(Judgement.ORGANISATION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Business Implementation Team", "Disclosure Team", "FOI Team",
      "Information Governance", "Corporate Communications", "Press Office", "Press", "Finance",
      "HR", "Information", "Governance", "Communications", "Disclosure", "Records Management",
      "Grace Hopper Team", "Payroll Services", "Support", "Data Protection Unit",
      "U.S. Government Printing Office"})
  void teamsAndDepartments(String value) {
    assertThat(PersonOrPlaceholder.judge(value)).as(value).isIn(Judgement.TEAM,
        Judgement.ORGANISATION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"LIGHT IN", "A WAY", "LIGHT IN IT"})
  void capitalisedOrdinaryWords(String value) {
    assertThat(PersonOrPlaceholder.judge(value)).as(value).isEqualTo(Judgement.ORDINARY_WORDS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"John", "Nick Burch", "Yegor Kozlov", "Allison, Timothy B.", "cedric",
      "Johann Tuffe (jtuffe010814)", "Алена", "Hänggi Marc", "Javen Foster-O'Neal", "jzhu",
      "Panfilov.V", "Laird A. Trimble", "Lim, Kok-Hui (IT)", "Georgiev, Rado (MOH)",
      "Michael K. Skinner – Center for Reproductive Biology", "Margaret Court", "Jack Press",
      "Freddie Mac", "JS", "段", "李世仁", "橋本真千子 / HASHIMOTO，MACHIKO", "W7504414", "04000229",
      "Payne, Chelsy (cpayne54@student.cccs.edu)", "Lic Marian Smith ASA, MAAA, MAVA",
      "Joag, Aniruddha A STASCO-ITST/VGW", "Dave and Raina", "John Smith, Acme Ltd",
      "Olheiser, Sandy", "Nuhring, Dan L [NTK]", "JOHN A SMITH", "Kleuser",
      "DANIEL GONZALEZ SANTOS", "AMANDA SCHNITZER", "ジョンシャーフ", "Gibergues Christelle (CM-DI/ESR4) *"})
  void people(String value) {
    assertThat(PersonOrPlaceholder.judge(value)).as(value).isEqualTo(Judgement.PERSON);
  }

  @Test
  void emptyValuesAreNoName() {
    assertThat(PersonOrPlaceholder.judge(" - ")).isEqualTo(Judgement.EMPTY);
    assertThat(PersonOrPlaceholder.judge(null)).isEqualTo(Judgement.EMPTY);
    assertThat(PersonOrPlaceholder.isPerson("")).isFalse();
  }

  @Test
  void freeTextSpanFollowedByLegalFormOrBodyIsAnOrganisation() {
    String text = "Supplied by Robert Bosch GmbH and Smith ltd";
    assertThat(PersonOrPlaceholder.continuesAsOrganisation(text, text.indexOf(" GmbH"), false))
        .isTrue();
    assertThat(PersonOrPlaceholder.continuesAsOrganisation(text, text.indexOf(" ltd"), false))
        .isTrue();
    String team = "Ask the Grace Hopper Team";
    assertThat(PersonOrPlaceholder.continuesAsOrganisation(team, team.length() - 5, false))
        .isTrue();
    assertThat(PersonOrPlaceholder.continuesAsOrganisation(team, team.length() - 5, true))
        .as("after a title only a legal form counts").isFalse();
    String person = "Ask Robert Bosch about it";
    assertThat(PersonOrPlaceholder.continuesAsOrganisation(person, person.indexOf(" about"), false))
        .isFalse();
  }

  @Test
  void capitalsNeedCapitalisedTextAround() {
    String shouting = "HAS REVERSE LIGHT IN IT BEHIND THE LENS";
    assertThat(PersonOrPlaceholder.isOrdinaryCapitals("LIGHT IN", shouting)).isTrue();
    assertThat(PersonOrPlaceholder.isOrdinaryCapitals("JOHN A SMITH", "CALL JOHN A SMITH NOW OK"))
        .isFalse();
    assertThat(PersonOrPlaceholder.isOrdinaryCapitals("A SMITH", "ask A SMITH")).isFalse();
  }
}
