package io.foilint.detect;

import io.foilint.detect.personal.names.NameMatch;
import io.foilint.detect.personal.names.NameMention;
import io.foilint.detect.personal.names.NameShape;
import io.foilint.detect.personal.names.NameShapes;
import io.foilint.detect.personal.recognize.Match;
import io.foilint.detect.personal.recognize.Recognizers;
import io.foilint.model.Location;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Masks values before they leave a detector, so no report can carry them in clear
 * ({@code Jane Smith} → {@code J*** S****}, {@code AB123456C} → {@code AB******C},
 * {@code j.smith@force.police.uk} → {@code j******@f****.p*****.uk}).
 *
 * <p>Each word keeps its first character (and, for long alphanumeric codes, the first two and the
 * last); everything else becomes {@code *}. Punctuation and spacing are kept so an officer can
 * still tell a name from a code from an address. Very short values (two or three letters, such as
 * initials {@code JS}) and single CJK characters are masked whole, since a kept first letter
 * would show them entirely.
 *
 * <p>Names are masked too when they hold personal data ({@link #maskNames(Finding)}): a sheet,
 * layer, attachment, form field, zip entry or embedded document called {@code John Smith} or
 * {@code AB123456C} shows as {@code J*** S****} or {@code AB******C} wherever a finding names it,
 * judged by the same name shapes and identifier recognisers as cell values. Ordinary names
 * ({@code Sheet1}, {@code Headcount by rank}, {@code annex.xlsx}) stay as they are, since they
 * are how an officer finds the place.
 */
public final class Evidence {

  private static final int MAX_SAMPLE_LENGTH = 60;

  private Evidence() {}

  public static String mask(String value) {
    if (value == null) {
      return "";
    }
    String v = value.strip().replaceAll("\\s+", " ");
    if (isVeryShort(v)) {
      return v.replaceAll("\\p{L}", "*");
    }
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

  /**
   * Two or three letters and no digits ("JS", "J. S.", "Li"): kept first letters would leave
   * nothing hidden, so every letter is masked.
   */
  private static boolean isVeryShort(String v) {
    long letters = v.codePoints().filter(Character::isLetter).count();
    return letters >= 2 && letters <= 3 && v.codePoints().noneMatch(Character::isDigit);
  }

  private static String maskWord(String w) {
    int n = w.codePointCount(0, w.length());
    if (n == 1 && Character.isIdeographic(w.codePointAt(0))) {
      return "*"; // one CJK character is a whole surname or given name
    }
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

  /**
   * Confidence from which a sheet, layer, entry or other name is taken for a person's: "a name"
   * on the {@link NameShapes} scale. Two capitalised words of which one is a known name and the
   * other a common word score below it ("Job Source", "Page Layout": 0.55).
   */
  static final double NAME = 0.6;

  /** Confidence from which a name in a message's prose is masked (personal-data-in-text's). */
  static final double PROSE_NAME = 0.8;

  /** Separators in file, part and entry names that a person's name may sit between. */
  private static final String NAME_SEPARATORS = "_./\\-+!";

  /**
   * The finding with every personal name in it masked: each part of its location (embedded
   * document path, sheet or part, reference) is judged as a name of its own, the raw text of
   * each part found personal is replaced by its masked form wherever the message, evidence or
   * fix repeats it, and names and identifiers the message mentions otherwise (form-field, layer
   * and attachment names, entry names in engine messages) are masked as in free text, at the
   * confidence the personal-data-in-text rule reports names ({@value #PROSE_NAME}): below it,
   * capitalised pairs of ordinary words in the messages' own prose ("OLE DB") would be masked.
   */
  public static Finding maskNames(Finding f) {
    if (f == null) {
      return null;
    }
    List<String[]> named = new ArrayList<>();
    Location l = f.location();
    Location masked =
        new Location(maskInnerPath(l.container(), named), maskName(l.place(), named), maskName(l.ref(), named));
    // longest first, so "John Smith.xlsx" is replaced before "John Smith"
    named.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
    return new Finding(
        f.rule(),
        f.severity(),
        masked,
        maskPersonal(replaceAll(f.message(), named)),
        maskPersonal(replaceAll(f.evidence(), named)),
        // fixes are the rules' own advice ("Page Layout > Page Setup"), not text from the file
        replaceAll(f.fix(), named),
        f.waiver());
  }

  /**
   * An inner path such as {@code bundle.zip!/FOI/John Smith.xlsx}: each part between {@code !/}
   * judged as a name ({@link #maskName(String)}).
   */
  public static String maskInnerPath(String path) {
    return maskInnerPath(path, new ArrayList<>());
  }

  private static String maskInnerPath(String path, List<String[]> named) {
    if (path == null || path.isEmpty()) {
      return "";
    }
    String[] parts = path.split("!/", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = maskName(parts[i], named);
    }
    return String.join("!/", parts);
  }

  /**
   * A name (of a sheet, layer, attachment, field, entry or file) with the personal data in it
   * masked: the whole of it when the whole is a person's name or an identifier, otherwise each
   * name or identifier found inside it, also between separators ({@code john_smith.csv}). A name
   * without personal data is returned as it is.
   */
  public static String maskName(String name) {
    return maskName(name, new ArrayList<>());
  }

  private static String maskName(String name, List<String[]> named) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    String out;
    String whole = name.strip();
    NameMatch m = NameShapes.bundled().match(whole);
    if ((m.isName() && m.shape() != NameShape.SINGLE_NAME && m.confidence() >= NAME)
        || Recognizers.recognize(whole).isPresent()) {
      out = mask(whole);
    } else {
      String spaced = spaced(name);
      // in a name as written, any shape judged a name counts; in a lower-case file name made
      // title case ("meta.xml" → "Meta Xml"), only as sure a name as in prose
      List<int[]> spans = spans(name, NAME, new ArrayList<>());
      spans(spaced, NAME, spans);
      spans(titled(spaced), PROSE_NAME, spans);
      out = maskSpans(name, spans);
    }
    if (!out.equals(name)) {
      named.add(new String[] {name, out});
    }
    return out;
  }

  /**
   * Text with every person's name and identifier found in it masked in place, the rest kept:
   * {@code Layer 'Niamh Quenby' is off} → {@code Layer 'N**** Q*****' is off}.
   */
  public static String maskPersonal(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return maskSpans(text, spans(text, PROSE_NAME, new ArrayList<>()));
  }

  /** Adds the spans of names (at {@code minimum} confidence) and identifiers in {@code text}. */
  private static List<int[]> spans(String text, double minimum, List<int[]> out) {
    for (NameMention n : NameShapes.bundled().find(text)) {
      if (n.confidence() >= minimum) {
        out.add(new int[] {n.start(), n.end()});
      }
    }
    for (Match id : Recognizers.find(text)) {
      out.add(new int[] {id.start(), id.end()});
    }
    return out;
  }

  private static String maskSpans(String text, List<int[]> spans) {
    if (spans.isEmpty()) {
      return text;
    }
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    int i = 0;
    while (i < spans.size()) {
      int start = spans.get(i)[0];
      int end = spans.get(i)[1];
      // overlapping spans (found in more than one spelling) are masked as one
      while (i + 1 < spans.size() && spans.get(i + 1)[0] < end) {
        end = Math.max(end, spans.get(++i)[1]);
      }
      i++;
      if (start < at) {
        start = at;
      }
      out.append(text, at, start).append(mask(text.substring(start, end)));
      at = end;
    }
    return out.append(text, at, text.length()).toString();
  }

  /** Separators as spaces, same length, so spans found in it are spans of the original. */
  private static String spaced(String name) {
    StringBuilder sb = new StringBuilder(name);
    for (int i = 0; i < sb.length(); i++) {
      if (NAME_SEPARATORS.indexOf(sb.charAt(i)) >= 0) {
        sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }

  /** Each word's first letter in capitals, same length: file names are often all lower case. */
  private static String titled(String s) {
    StringBuilder sb = new StringBuilder(s);
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (Character.isLowerCase(c) && (i == 0 || !Character.isLetter(sb.charAt(i - 1)))) {
        char up = Character.toUpperCase(c);
        if (Character.charCount(up) == 1) {
          sb.setCharAt(i, up);
        }
      }
    }
    return sb.toString();
  }

  private static String replaceAll(String text, List<String[]> named) {
    String out = text;
    for (String[] r : named) {
      if (!r[0].isBlank()) {
        out = out.replace(r[0], r[1]);
      }
    }
    return out;
  }
}
