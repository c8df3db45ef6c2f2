package io.foilint.detect.personal.columns;

/**
 * What a table column holds, as far as personal data goes. {@link #direct()} categories identify
 * a person on their own; the others are quasi-identifiers or context that single people out in
 * combination.
 */
public enum Category {
  PERSON_NAME("person name", true),
  SURNAME("surname", true),
  FORENAME("forename or initial", false),
  RANK_GRADE("rank or grade", false),
  STAFF_NUMBER("staff, collar, warrant or pay number", true),
  DATE_OF_BIRTH("date of birth", true),
  ADDRESS("address", true),
  POSTCODE("postcode", false),
  PHONE("phone number", true),
  EMAIL("e-mail address", true),
  NI_NUMBER("National Insurance number", true),
  NHS_NUMBER("NHS number", true),
  VEHICLE_REGISTRATION("vehicle registration", true),
  BANK_DETAILS("bank details", true),
  PASSPORT_OR_LICENCE("passport or driving licence number", true),
  WORK_LOCATION("work location (station, base)", false),
  UNIT("unit, department or team", false),
  VETTING("vetting level", false),
  ROLE_IN_INCIDENT("victim, suspect or witness role", false),
  INCIDENT_REFERENCE("crime or incident reference", false),
  GENDER("gender", false),
  AGE("age or age band", false),
  ETHNICITY("ethnicity", false),
  SENSITIVE_ATTRIBUTE("sensitive attribute (health, religion, salary, absence)", false),
  FREE_TEXT("free text", false),
  NAMES_IN_TEXT("names or identifiers inside free text", true);

  private final String phrase;
  private final boolean direct;

  Category(String phrase, boolean direct) {
    this.phrase = phrase;
    this.direct = direct;
  }

  public String phrase() {
    return phrase;
  }

  /** Identifies a person on its own (a name, a staff number, a date of birth). */
  public boolean direct() {
    return direct;
  }
}
