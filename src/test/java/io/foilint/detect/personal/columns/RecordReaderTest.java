package io.foilint.detect.personal.columns;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.personal.columns.RecordReader.Field;
import io.foilint.detect.personal.names.NameShapes;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordReaderTest {

  private final RecordReader reader = new RecordReader(NameShapes.bundled(), LocalDate.of(2024, 6, 1));

  private static Field f(Category header, String value) {
    return new Field(header, header == null ? 0 : 0.9, value, false);
  }

  private static Field hidden(String value) {
    return new Field(null, 0, value, true);
  }

  @Test
  void aNameWithDateOfBirthAndNiNumberIsARecord() {
    PersonRecord r = reader.read(List.of(
        new Field(Category.PERSON_NAME, 0.6, "Grace Marchbank", false),
        f(Category.DATE_OF_BIRTH, "14/03/1987"),
        f(Category.NI_NUMBER, "JG 10 37 52 B")));
    assertThat(r.identifiesPerson()).isTrue();
    assertThat(r.blocks()).isTrue();
    assertThat(r.identifierPhrase()).contains("date of birth", "National Insurance number");
    assertThat(r.name()).isEqualTo("Grace Marchbank");
  }

  @Test
  void aStaffNumberCountsOnlyUnderItsHeader() {
    assertThat(reader.read(List.of(f(Category.SURNAME, "Quenby"), f(Category.STAFF_NUMBER, "FX900123")))
        .identifiesPerson()).isTrue();
    assertThat(reader.read(List.of(f(Category.SURNAME, "Quenby"), f(null, "FX900123"))).blocks()).isFalse();
  }

  @Test
  void aStatisticsRowHoldsNoIdentifier() {
    List<Field> row = List.of(f(null, "2023"), f(null, "4127"), f(null, "1180"), f(null, "28.6"));
    assertThat(RecordReader.mayHoldIdentifier(row)).isFalse();
    assertThat(reader.read(row)).isEqualTo(PersonRecord.NONE);
    // a long figure is looked at, and is still no identifier
    assertThat(reader.read(List.of(f(null, "Northmere"), f(null, "41278163")))).isEqualTo(PersonRecord.NONE);
  }

  @Test
  void aDateIsADateOfBirthOnlyUnderItsHeader() {
    assertThat(reader.read(List.of(f(Category.SURNAME, "Quenby"), f(null, "14/03/1987"))).blocks()).isFalse();
    assertThat(reader.read(List.of(f(Category.SURNAME, "Quenby"), f(Category.DATE_OF_BIRTH, "14/03/1987")))
        .blocks()).isTrue();
    // born in the future or 200 years ago: not a date of birth
    assertThat(reader.read(List.of(f(Category.SURNAME, "Quenby"), f(Category.DATE_OF_BIRTH, "14/03/2031")))
        .blocks()).isFalse();
  }

  @Test
  void anUngroupedTenDigitFigureIsNoNhsNumberWithoutItsHeader() {
    // 9990000018 passes mod-11; written bare it could be any figure
    assertThat(reader.read(List.of(f(Category.SURNAME, "Quenby"), f(null, "9990000018"))).blocks()).isFalse();
    assertThat(reader.read(List.of(f(Category.SURNAME, "Quenby"), f(null, "999 000 0018"))).blocks()).isTrue();
    assertThat(reader.read(List.of(f(Category.SURNAME, "Quenby"), f(Category.NHS_NUMBER, "9990000018"))).blocks())
        .isTrue();
  }

  @Test
  void aNameAndPhoneBlockOnlyWhereNobodySeesThem() {
    PersonRecord visible = reader.read(List.of(f(null, "Aled Hartwell"), f(null, "07700 900461")));
    assertThat(visible.named()).isTrue();
    assertThat(visible.blocks()).isFalse();
    PersonRecord farOff = reader.read(List.of(hidden("Aled Hartwell"), hidden("07700 900461")));
    assertThat(farOff.hiddenNameAndPhone()).isTrue();
    assertThat(farOff.blocks()).isTrue();
    assertThat(farOff.identifierPhrase()).isEqualTo("phone number");
  }

  @Test
  void aPhoneBesideAnOrganisationIsNoPersonsRecord() {
    assertThat(reader.read(List.of(hidden("Customer Services"), hidden("07700 900461"))).blocks()).isFalse();
  }

  @Test
  void formLabelsUnderANameHeaderAreNotNames() {
    // a blank form: "Last name: | lastName", then "First name:" under it
    assertThat(reader.read(List.of(f(Category.SURNAME, "First name:"), f(Category.STAFF_NUMBER, "FX900123")))
        .named()).isFalse();
  }

  @Test
  void aWholeRecordInOneCellIsRead() {
    PersonRecord r = reader.read(List.of(f(null, "Ref 17"), f(null, "Mr Aled Hartwell, DOB 09/06/1968, NI JG 10 37 52 B")));
    assertThat(r.identifiesPerson()).isTrue();
  }

  @Test
  void freeTextNeedsABirthKeywordBeforeADate() {
    assertThat(reader.readText("Mr Aled Fennimore (date of birth 09/06/1968) was interviewed", false)
        .identifiesPerson()).isTrue();
    assertThat(reader.readText("Mr Aled Fennimore, DOB: 9 June 1968, attended", false).identifiesPerson()).isTrue();
    assertThat(reader.readText("Mr Aled Fennimore was interviewed on 09/06/2023", false).blocks()).isFalse();
  }

  @Test
  void usPhoneNumbersInProseAreNotNhsNumbers() {
    // 800-555-4477 passes mod-11 and is grouped 3-3-4 as NHS numbers are
    assertThat(reader.readText("Mr Aled Fennimore: call EFTPS at 1-800-555-4477", false).blocks()).isFalse();
    assertThat(reader.readText("Mr Aled Fennimore, NHS number 943 476 5919", false).identifiesPerson()).isTrue();
  }

  @Test
  void aNameAndNiNumberInTheSameParagraphAreARecord() {
    PersonRecord r = reader.readText(
        "The officer was Constable Aled Hartwell (National Insurance number AB 12 34 56 C).", false);
    assertThat(r.identifiesPerson()).isTrue();
    assertThat(r.identifierPhrase()).isEqualTo("National Insurance number");
  }

  @Test
  void aNameAndPhoneTypedIntoOneHiddenCellBlock() {
    assertThat(reader.read(List.of(hidden("Aled Hartwell 07700 900461"))).blocks()).isTrue();
    assertThat(reader.read(List.of(f(null, "Aled Hartwell 07700 900461"))).blocks()).isFalse();
  }
}
