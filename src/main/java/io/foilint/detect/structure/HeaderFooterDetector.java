package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headers and footers show only in print preview and on paper. INFO as a rule; REVIEW when the
 * text prints the file name or folder path ({@code &F}, {@code &Z}), holds a path, or contains
 * what looks like a person's name (two or three capitalised words that are not common header
 * words — a heuristic). One finding per sheet.
 */
@Rule(
    id = "header-footer",
    severity = Severity.REVIEW,
    summary = "Headers or footers hold text seen only when printed, such as names or file paths",
    fix = "Page Layout > Page Setup > Header/Footer: check the text, remove names and the"
        + " file path/name fields, and save; CSV exports carry no headers or footers",
    odsFix = "Format > Page Style > Header / Footer > Edit: check the text, remove names and "
        + "the file name and path fields, and save; CSV exports carry no headers or "
        + "footers")
public final class HeaderFooterDetector extends Detector {

  private static final Pattern WORD_STORY = Pattern.compile("(?:glossary )?(?:header|footer)\\b");
  private static final String WORD_FIX =
      "Word: double-click the header or footer (or Insert > Header > Edit Header), check every"
          + " section and the first-page and even-page variants, remove names and file path"
          + " fields; LibreOffice Writer: click into the header or footer on each page style"
          + " (Format > Page Style > Header/Footer); save and scan again";

  /** Excel's raw field codes, or the readable form some extractors render them in. */
  private static final Pattern PATH_CODE = Pattern.compile("&[FZ]|\\[file (?:path|name)\\]");
  private static final Pattern PATH_TEXT =
      Pattern.compile("[A-Za-z]:\\\\|\\\\\\\\\\w|(?:^|\\s)/(?:home|Users|mnt|srv|share)s?/");
  // Excel's formatting codes: &"font,style", &K colour, &12 size, and single-letter codes
  private static final Pattern CODES =
      Pattern.compile("&\"[^\"]*\"|&K[0-9A-Fa-f+\\-]{2,6}|&\\d+|&[A-Za-z&]");
  private static final Pattern NAME_LIKE =
      Pattern.compile("\\b\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}\\.?)?(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2}\\b");
  private static final Set<String> COMMON_WORDS =
      Set.of("page", "of", "official", "sensitive", "confidential", "restricted", "secret",
          "top", "printed", "prepared", "date", "time", "sheet", "report", "freedom",
          "information", "request", "response", "data", "table", "total", "annex", "appendix",
          "council", "police", "service", "department", "version", "draft", "final", "not",
          "protectively", "marked", "government", "security", "classification", "internal",
          "public", "publication", "statistics", "summary", "figure", "figures", "annual",
          "monthly", "quarterly", "year", "ending", "financial", "county", "city", "borough",
          "district", "northern", "southern", "eastern", "western", "north", "south", "east",
          "west", "ireland", "england", "scotland", "wales", "kingdom", "united", "national",
          "health", "trust", "authority", "office", "ministry", "defence", "home", "human",
          "resources", "workforce", "headcount", "staff", "by", "rank", "grade",
          "the", "and", "for", "in", "to", "act", "foi", "reference", "ref", "notes", "note",
          "source", "crown", "copyright", "only", "use", "list", "number", "count", "numbers");

  /** Headers and footers of one sheet. */
  private static final class SheetText {
    Location location;
    long blocks;
    boolean pathCode;
    boolean pathText;
    boolean nameLike;
    final MaskedSamples samples = new MaskedSamples(3);
  }

  private final Map<String, SheetText> sheets = new LinkedHashMap<>();

  @Override
  public void text(TextBlock text) {
    if (text.kind() != TextKind.HEADER_FOOTER || text.text().isBlank()) {
      return;
    }
    Location l = text.location();
    SheetText s = sheets.computeIfAbsent(l.container() + "\u0000" + l.place(), k -> new SheetText());
    if (s.location == null) {
      s.location = new Location(l.container(), l.place(), "");
    }
    s.blocks++;
    s.pathCode |= PATH_CODE.matcher(text.text()).find();
    String plain = CODES.matcher(text.text()).replaceAll(" ");
    s.pathText |= PATH_TEXT.matcher(plain).find();
    s.nameLike |= looksLikeName(plain);
    s.samples.offer(plain);
  }

  /** True when the text contains two or three capitalised words none of which is a common word. */
  static boolean looksLikeName(String text) {
    Matcher m = NAME_LIKE.matcher(text);
    while (m.find()) {
      boolean allUncommon = true;
      for (String w : m.group().split("\\s+")) {
        String bare = w.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (bare.length() > 1 && COMMON_WORDS.contains(bare)) {
          allUncommon = false;
          break;
        }
      }
      if (allUncommon) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void finish() {
    for (SheetText s : sheets.values()) {
      // Word names its headers and footers by what they are ("header (first page), section 2")
      boolean word = WORD_STORY.matcher(s.location.place()).lookingAt();
      String sheet = s.location.place().isEmpty() ? "The file"
          : word ? "The document's " + s.location.place()
          : "Sheet " + Words.quoted(s.location.place());
      Details why =
          new Details()
              .add(s.pathCode ? "prints the file name or folder path" : "")
              .add(s.pathText ? "contains a folder path" : "")
              .add(s.nameLike ? "contains what looks like a person's name" : "");
      boolean review = s.pathCode || s.pathText || s.nameLike;
      report(
          review ? Severity.REVIEW : Severity.INFO,
          s.location,
          word
              ? sheet + " is repeated on every page it applies to, easily overlooked when the"
                  + " body is checked" + why
              : sheet + " has " + Words.count(s.blocks, "header or footer", "headers or footers")
                  + " seen only when printed" + why,
          s.samples.isEmpty() ? "" : "e.g. " + s.samples,
          word ? WORD_FIX : info().fix());
    }
  }
}
