package io.foilint.detect.personal.recognize;

/**
 * One recognised identifier: its kind, how sure the recognizer is, and where it sits in the text
 * it was found in ({@code [start, end)}; for a whole cell value, the trimmed value's span).
 *
 * <p>Confidence scale (a column classifier combines it with the share of matching cells):
 *
 * <ul>
 *   <li>{@link #CHECKSUM} 1.0: a check digit or checksum passed (NHS mod-11, IBAN mod-97, card Luhn
 *       with a card-network first digit).
 *   <li>{@link #RULES} 0.9: the value obeys the issuer's allocation rules or an authoritative list
 *       (NI number prefix rules with suffix, postcode area list, GB numbering plan, e-mail with a
 *       real top-level domain, DVLA licence with valid birth month and day).
 *   <li>{@link #SHAPE} 0.6: the right shape with few internal checks (NI number without its
 *       suffix letter, header-supported sort code, account, passport, NI licence numbers, a phone
 *       number Excel stripped of its leading zero).
 *   <li>{@link #WEAK} 0.3: current-format vehicle registration; plenty of product codes look alike.
 *   <li>{@link #VERY_WEAK} 0.15: prefix- and suffix-format vehicle registrations.
 * </ul>
 *
 * A single match checked only by a checksum can still be chance (one random 10-digit number in 11
 * passes mod-11): judge columns by the share of matching values, never by one cell.
 */
public record Match(IdentifierKind kind, double confidence, int start, int end) {

  public static final double CHECKSUM = 1.0;
  public static final double RULES = 0.9;
  public static final double SHAPE = 0.6;
  public static final double WEAK = 0.3;
  public static final double VERY_WEAK = 0.15;

  public Match {
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
    if (confidence <= 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
