package io.foilint.extract.docx;

import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field codes that pull content from outside the document: {@code INCLUDETEXT},
 * {@code INCLUDEPICTURE}, {@code LINK}, {@code DDE}. Each names a file or server (paths often
 * hold user names) and an update fetches its current content into the letter, so each becomes a
 * {@link FactKind#DATA_CONNECTION} fact with its target.
 */
public final class WordFields {

  public static final int MAX_CODE = 2_000;
  private static final int MAX_FACTS = 200;

  private static final Set<String> FETCHING =
      Set.of("INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "LINK", "DDE", "DDEAUTO", "IMPORT",
          "DATABASE", "RD");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private final ContentHandler out;
  private int facts;

  public WordFields(ContentHandler out) {
    this.out = out;
  }

  /** Reports {@code code} if it is a field that fetches content; where = the paragraph. */
  public void code(String code, Location where) {
    String c = code.strip();
    if (c.isEmpty() || facts >= MAX_FACTS) {
      return;
    }
    String keyword = c.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    if (!FETCHING.contains(keyword)) {
      return;
    }
    facts++;
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("type", "Word " + keyword + " field");
    attrs.put("command", c.length() > 500 ? c.substring(0, 500) : c);
    out.fact(new Fact(FactKind.DATA_CONNECTION, where, keyword + " field", target(keyword, c), attrs));
  }

  /** The file or address a field names: its first quoted argument, else its first argument. */
  static String target(String keyword, String code) {
    String rest = code.substring(Math.min(code.length(), keyword.length())).strip();
    if (keyword.equals("LINK") || keyword.startsWith("DDE")) {
      // LINK Excel.Sheet.12 "C:\\path\\book.xlsx" "Sheet1!R1C1:R4C3": the application comes first
      String[] parts = rest.split("\\s+", 2);
      rest = parts.length > 1 ? parts[1] : rest;
    }
    Matcher m = QUOTED.matcher(rest);
    String target = m.lookingAt() || m.find() ? m.group(1) : rest.split("\\s+", 2)[0];
    return target.replace("\\\\", "\\");
  }
}
