package io.foilint.extract.xlsx;

import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Visibility;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns defined names into facts, working out from the formula text whether a name points at a
 * hidden sheet or at another workbook ({@code [1]Sheet!A1} or a quoted path with
 * {@code [book.xlsx]}).
 */
final class DefinedNameFacts {

  /** {@code 'quoted name'!} or {@code Unquoted!}, optionally as a range of sheets {@code A:B!}. */
  private static final Pattern SHEET_REF =
      Pattern.compile("'((?:[^']|'')+)'!|([^\\s'!(),+\\-*/&=<>;{}^%\"]+)!");

  /** {@code [1]} external-link index, or a bracketed workbook file name. */
  private static final Pattern EXTERNAL =
      Pattern.compile("\\[[1-9][0-9]*\\]|\\[[^\\]]+\\.(?i:xl[a-z]{1,2}|csv|ods)\\]");

  private DefinedNameFacts() {}

  static Fact toFact(DefinedName name, List<SheetEntry> sheets) {
    String scope =
        name.localSheetId() >= 0 && name.localSheetId() < sheets.size()
            ? sheets.get(name.localSheetId()).name()
            : "";
    Map<String, String> attrs = new HashMap<>();
    attrs.put("hidden", Boolean.toString(name.hidden()));
    if (name.isBuiltin()) {
      attrs.put("builtin", "true");
    }
    boolean external = isExternal(name.refersTo());
    if (external) {
      attrs.put("external", "true");
    } else if (refersToHiddenSheet(name.refersTo(), sheets)) {
      attrs.put("refersToHiddenSheet", "true");
    }
    return new Fact(FactKind.DEFINED_NAME, Location.of(scope), name.name(), name.refersTo(), attrs);
  }

  static boolean isExternal(String formula) {
    return EXTERNAL.matcher(stripStringLiterals(formula)).find();
  }

  static boolean refersToHiddenSheet(String formula, List<SheetEntry> sheets) {
    Map<String, Visibility> states = new HashMap<>();
    for (SheetEntry s : sheets) {
      states.put(s.name().toLowerCase(java.util.Locale.ROOT), s.state());
    }
    for (String sheet : referencedSheets(formula)) {
      Visibility v = states.get(sheet.toLowerCase(java.util.Locale.ROOT));
      if (v != null && v.isHidden()) {
        return true;
      }
    }
    return false;
  }

  /** Sheet names a formula refers to (both ends of a {@code First:Last!} sheet range). */
  static Set<String> referencedSheets(String formula) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = SHEET_REF.matcher(stripStringLiterals(formula));
    while (m.find()) {
      String raw = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2);
      for (String part : raw.split(":")) {
        if (!part.isEmpty()) {
          names.add(part);
        }
      }
    }
    return names;
  }

  /** Removes "..." string literals so text inside them is not read as a reference. */
  private static String stripStringLiterals(String formula) {
    return formula == null ? "" : formula.replaceAll("\"(?:[^\"]|\"\")*\"", "\"\"");
  }
}
