package io.foilint.detect.personal.names;

/** The written form in which a person's name was recognised. */
public enum NameShape {
  /** {@code Smith, J.}, {@code SMITH, J A}, {@code Smith J.A.}: surname then initials. */
  SURNAME_INITIALS,
  /** {@code J. Smith}, {@code J.A. Smith}: initials then surname. */
  INITIALS_SURNAME,
  /** {@code Smith, John}, {@code SMITH, Niamh M.}: surname, comma, first name. */
  SURNAME_COMMA_FIRST,
  /** {@code John Smith}. */
  FIRST_SURNAME,
  /** {@code John M. Smith}, {@code Mary Anne Smith}: first name, middle name(s) or initial(s), surname. */
  FIRST_MIDDLE_SURNAME,
  /** A title then a name: {@code Mr J. Smith}, {@code Dr Priya Patel}, {@code Dame Smith}. */
  TITLE_NAME,
  /** A police rank then a name: {@code PC Smith}, {@code DS Niamh Quinn}, {@code Det Sgt Jones}. */
  RANK_NAME,
  /** One word that is a known surname or first name, and nothing else: weak on its own. */
  SINGLE_NAME
}
