package io.foilint.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Masks values before they leave a detector, so no report can carry them in clear
 * ({@code Jane Smith} → {@code J*** S****}, {@code AB123456C} → {@code AB******C},
 * {@code j.smith@force.police.uk} → {@code j******@f****.p*****.uk}).
 *
 * <p>Each word keeps its first character (and, for long alphanumeric codes, the first two and the
 * last); everything else becomes {@code *}. Punctuation and spacing are kept so an officer can
 * still tell a name from a code from an address.
 */
public final class Evidence {

  private static final int MAX_SAMPLE_LENGTH = 60;

  private Evidence() {}

  public static String mask(String value) {
    if (value == null) {
      return "";
    }
    String v = value.strip().replaceAll("\\s+", " ");
    if (v.length() > MAX_SAMPLE_LENGTH) {
      v = v.substring(0, MAX_SAMPLE_LENGTH);
    }
    StringBuilder out = new StringBuilder(v.length());
    int i = 0;
    while (i < v.length()) {
      int cp = v.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int end = i;
        while (end < v.length() && Character.isLetterOrDigit(v.codePointAt(end))) {
          end += Character.charCount(v.codePointAt(end));
        }
        out.append(maskWord(v.substring(i, end)));
        i = end;
      } else {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
      }
    }
    if (value.strip().length() > MAX_SAMPLE_LENGTH) {
      out.append('…');
    }
    return out.toString();
  }

  private static String maskWord(String w) {
    int n = w.codePointCount(0, w.length());
    if (n <= 1) {
      return w;
    }
    boolean hasDigit = w.chars().anyMatch(Character::isDigit);
    boolean hasLetter = w.chars().anyMatch(Character::isLetter);
    if (hasDigit && hasLetter && n >= 6) {
      // codes such as NI numbers or staff numbers: keep the shape, hide the identifying middle
      int first2 = w.offsetByCodePoints(0, 2);
      int lastStart = w.offsetByCodePoints(0, n - 1);
      return w.substring(0, first2) + "*".repeat(n - 3) + w.substring(lastStart);
    }
    if (hasDigit && !hasLetter) {
      // numbers: keep only how many digits there are
      return "#".repeat(Math.min(n, 12));
    }
    int first = w.offsetByCodePoints(0, 1);
    return w.substring(0, first) + "*".repeat(n - 1);
  }

  /** Up to {@code max} masked samples joined with "; ". */
  public static String samples(Collection<String> values, int max) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (out.size() == max) {
        break;
      }
      if (v != null && !v.isBlank()) {
        out.add(mask(v));
      }
    }
    return String.join("; ", out);
  }
}
