package io.foilint.detect.personal.recognize;

/**
 * The kinds of personal identifier the value recognizers know. Kinds marked keyword-gated have
 * shapes too common to mean anything alone (six digits, eight digits, nine digits), so
 * {@link Recognizers} reports them only when the caller says a column header supports them.
 */
public enum IdentifierKind {
  NI_NUMBER(false),
  NHS_NUMBER(false),
  POSTCODE(false),
  PHONE(false),
  EMAIL(false),
  IBAN(false),
  CARD_NUMBER(false),
  SORT_CODE(true),
  ACCOUNT_NUMBER(true),
  PASSPORT(true),
  DRIVING_LICENCE(true),
  VEHICLE_REGISTRATION(false);

  private final boolean keywordGated;

  IdentifierKind(boolean keywordGated) {
    this.keywordGated = keywordGated;
  }

  /** True when a value of this kind is reported only with header (or nearby keyword) support. */
  public boolean keywordGated() {
    return keywordGated;
  }
}
