package io.foilint.detect.personal.recognize;

/**
 * The kinds of personal identifier the value recognizers know. Kinds marked keyword-gated have
 * shapes too common to mean anything alone (six digits, eight digits, nine digits), so
 * {@link Recognizers} reports them only when the caller says a column header supports them.
 */
public enum IdentifierKind {
  NI_NUMBER(false, "NI numbers"),
  NHS_NUMBER(false, "NHS numbers"),
  POSTCODE(false, "postcodes"),
  PHONE(false, "phone numbers"),
  EMAIL(false, "e-mail addresses"),
  IBAN(false, "bank account numbers (IBAN)"),
  CARD_NUMBER(false, "payment card numbers"),
  SORT_CODE(true, "sort codes"),
  ACCOUNT_NUMBER(true, "bank account numbers"),
  PASSPORT(true, "passport numbers"),
  DRIVING_LICENCE(true, "driving licence numbers"),
  VEHICLE_REGISTRATION(false, "vehicle registrations");

  private final boolean keywordGated;
  private final String phrase;

  IdentifierKind(boolean keywordGated, String phrase) {
    this.keywordGated = keywordGated;
    this.phrase = phrase;
  }

  /** What an officer calls values of this kind, in the plural ("NI numbers", "e-mail addresses"). */
  public String phrase() {
    return phrase;
  }

  /** True when a value of this kind is reported only with header (or nearby keyword) support. */
  public boolean keywordGated() {
    return keywordGated;
  }
}
