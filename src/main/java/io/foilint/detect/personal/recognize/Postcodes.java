package io.foilint.detect.personal.recognize;

import java.util.Set;

/**
 * Full UK postcodes: outward code (area letters, district) and inward code (sector digit, unit
 * letters), with or without the space. The shape rules are Royal Mail's (as in Presidio's six
 * formats); the area must be one in use.
 */
final class Postcodes {

  /**
   * The 121 postcode areas in use in the UK (Royal Mail Postcode Address File; the same list as
   * Wikipedia's "List of postcode areas in the United Kingdom" and @faker-js/faker en_GB
   * location.postcode), plus the Crown Dependencies GY, JE and IM, which use the same scheme and
   * address people. BFPO numbers are left out on purpose: they name a forces post office, not an
   * address, and have no inward code. GIR 0AA (Girobank) is the one non-geographic code with this
   * shape and is handled separately.
   */
  static final Set<String> UK_AREAS =
      Set.of(
          "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF",
          "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT",
          "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "HA", "HD", "HG", "HP",
          "HR", "HS", "HU", "HX", "IG", "IP", "IV", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE",
          "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW",
          "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG",
          "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN",
          "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO",
          "ZE");

  static final Set<String> CROWN_DEPENDENCY_AREAS = Set.of("GY", "JE", "IM");

  /** Letters allowed third in an A9A outward code, fourth in AA9A, and in the inward unit. */
  private static final String THIRD_IN_A9A = "ABCDEFGHJKPSTUW";
  private static final String FOURTH_IN_AA9A = "ABEHMNPRVWXY";
  private static final String INWARD_UNIT = "ABDEFGHJLNPQRSTUWXYZ";

  private Postcodes() {}

  static double confidence(String value) {
    int n = value.length();
    if (n < 5
        || n > 9
        || !Ascii.letter(value.charAt(0))
        || !Ascii.letter(value.charAt(n - 1))
        || !Ascii.digit(value.charAt(n - 3))) {
      return 0;
    }
    String compact = Ascii.compactUpper(value, " ");
    if (compact.length() < 5 || compact.length() > 7 || n - compact.length() > 1) {
      return 0;
    }
    return valid(compact) ? Match.RULES : 0;
  }

  /** True for an upper-case postcode without its space. */
  static boolean valid(String compact) {
    if (compact.equals("GIR0AA")) {
      return true;
    }
    int n = compact.length();
    char sector = compact.charAt(n - 3);
    if (!Ascii.digit(sector)
        || INWARD_UNIT.indexOf(compact.charAt(n - 2)) < 0
        || INWARD_UNIT.indexOf(compact.charAt(n - 1)) < 0) {
      return false;
    }
    String outward = compact.substring(0, n - 3);
    int areaLength = Ascii.letter(outward.charAt(1)) ? 2 : 1;
    String area = outward.substring(0, areaLength);
    if (!UK_AREAS.contains(area) && !CROWN_DEPENDENCY_AREAS.contains(area)) {
      return false;
    }
    String district = outward.substring(areaLength);
    if (district.isEmpty() || !Ascii.digit(district.charAt(0))) {
      return false;
    }
    if (district.length() == 1) {
      return true;
    }
    if (district.length() != 2) {
      return false;
    }
    char last = district.charAt(1);
    if (Ascii.digit(last)) {
      return true;
    }
    return areaLength == 1 ? THIRD_IN_A9A.indexOf(last) >= 0 : FOURTH_IN_AA9A.indexOf(last) >= 0;
  }
}
