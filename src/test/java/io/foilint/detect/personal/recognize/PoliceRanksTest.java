package io.foilint.detect.personal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PoliceRanksTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PC|Police Constable",
        "Police Constable|Police Constable",
        "pc|Police Constable",
        "DC|Detective Constable",
        "TDC|Trainee Detective Constable",
        "T/DC|Detective Constable",
        "PS|Police Sergeant",
        "Sgt|Police Sergeant",
        "Sgt.|Police Sergeant",
        "A/Sgt|Police Sergeant",
        "A / Sgt|Police Sergeant",
        "Acting Sergeant|Police Sergeant",
        "DS|Detective Sergeant",
        "Det Sgt|Detective Sergeant",
        "Insp|Inspector",
        "Insp.|Inspector",
        "Temporary Inspector|Inspector",
        "DI|Detective Inspector",
        "T/DI|Detective Inspector",
        "Ch Insp|Chief Inspector",
        "Ch. Insp.|Chief Inspector",
        "Chief Inspector|Chief Inspector",
        "DCI|Detective Chief Inspector",
        "Det Ch Insp|Detective Chief Inspector",
        "Supt|Superintendent",
        "Det Supt|Detective Superintendent",
        "Det. Supt|Detective Superintendent",
        "Detective Superintendent|Detective Superintendent",
        "Ch Supt|Chief Superintendent",
        "C/Supt|Chief Superintendent",
        "T/Ch Supt|Chief Superintendent",
        "DCS|Detective Chief Superintendent",
        "ACC|Assistant Chief Constable",
        "DCC|Deputy Chief Constable",
        "Chief Constable|Chief Constable",
        "CHIEF CONSTABLE|Chief Constable",
        "Cmdr|Commander",
        "DAC|Deputy Assistant Commissioner",
        "Assistant Commissioner|Assistant Commissioner",
        "Commissioner|Commissioner",
        "SPC|Special Constable",
        "Special Constable|Special Constable",
        "PCSO|Police Community Support Officer",
        "Police Staff|Police Staff",
        "Student Officer|Student Officer",
        "Grade 7|Grade 7",
        "Deputy Principal|Deputy Principal",
        "Executive Officer II|Executive Officer II",
        "Scale 4|Scale 4",
        "Principal Officer 3|Principal Officer 3",
        "Police_Staff|Police Staff"
      })
  void ranksAndGradesAreCanonicalised(String value, String canonical) {
    assertThat(PoliceRanks.rankOf(value)).contains(canonical);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SO|Staff Officer",
        "AO|Administrative Officer",
        "AA|Administrative Assistant",
        "EOII|Executive Officer II",
        "EO1|Executive Officer I",
        "DP|Deputy Principal",
        "G7|Grade 7",
        "G6|Grade 6",
        "SO1|Senior Officer 1",
        "SO2|Senior Officer 2",
        "PO3|Principal Officer 3",
        "CI|Chief Inspector",
        "CC|Chief Constable",
        "AC|Assistant Commissioner",
        "SC|Special Constable",
        "A/CI|Chief Inspector"
      })
  void bareCodesNeedHeaderSupport(String value, String canonical) {
    assertThat(PoliceRanks.rankOf(value)).isEmpty();
    assertThat(PoliceRanks.rankOf(value, true)).contains(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "P", "Smith", "Leeds", "Rank", "1", "PO7", "SO3", "Scale 9", "Det Commissioner",
          "Det Chief Constable", "Acting", "T/", "Police", "Constabulary", "Sergeant Pepper",
          "Président", "PC World and other retailers in the county"})
  void otherValuesAreNotRanks(String value) {
    assertThat(PoliceRanks.rankOf(value, true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"PC Smith", "DS Niamh Quinn", "T/DI Jones", "Det. Supt Brown", "Det Supt Brown",
          "PC 1234 Smith", "Ch Supt O'Neill", "Acting Sergeant Patel", "Chief Constable Khan",
          "  Sgt Evans said", "PCSO Ali"})
  void freeTextOpeningWithRankAndName(String text) {
    assertThat(PoliceRanks.startsWithRank(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"pc smith", "PC games", "PS thanks for this", "SO Smith", "CI Smith", "PC", "PC 2023",
          "Smith PC", "Sergeant", "PC 1234", "The PC Smith", ""})
  void otherFreeTextDoesNotOpenWithRank(String text) {
    assertThat(PoliceRanks.startsWithRank(text)).isFalse();
  }
}
