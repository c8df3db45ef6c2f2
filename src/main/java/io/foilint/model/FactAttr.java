package io.foilint.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed key for {@link Fact#attrs()}, in the way Tika's {@code Property} constants work: each
 * attribute is declared once here, with the type its value has, so an extractor and the detector
 * that reads it cannot disagree on the spelling or the type (a misspelt string key silently read
 * 0). On the wire the attributes stay a plain string map, so reports and the worker protocol keep
 * their shape; these keys only parse and format.
 *
 * <p>Which kind carries which attribute is said in each {@link FactKind}'s "attrs:" list;
 * FactAttrDocsTest checks those lists against the constants below.
 *
 * @param <T> the value's type
 */
public final class FactAttr<T> {

  private final String name;
  private final Class<T> type;
  private final T missing;
  private final Function<String, T> parse;

  private FactAttr(String name, Class<T> type, T missing, Function<String, T> parse) {
    this.name = name;
    this.type = type;
    this.missing = missing;
    this.parse = parse;
  }

  private static FactAttr<Integer> integer(String name) {
    // Same reading as the old intAttr: absent or malformed reads 0.
    return new FactAttr<>(name, Integer.class, 0, s -> {
      try {
        return Integer.parseInt(s.trim());
      } catch (NumberFormatException e) {
        return 0;
      }
    });
  }

  private static FactAttr<Boolean> flag(String name) {
    return new FactAttr<>(name, Boolean.class, false, Boolean::parseBoolean);
  }

  private static FactAttr<String> text(String name) {
    return new FactAttr<>(name, String.class, "", s -> s);
  }

  /** The key as written in {@link Fact#attrs()} and in reports. */
  public String name() {
    return name;
  }

  /** The value's type (Integer, Boolean or String). */
  public Class<T> type() {
    return type;
  }

  /** The value stored under this key in {@code attrs}, or the type's empty value (0, false, ""). */
  T read(Map<String, String> attrs) {
    String raw = attrs.get(name);
    return raw == null ? missing : parse.apply(raw);
  }

  /** The value as it is written into {@code attrs}; null is refused, as {@code Map.of} refused it. */
  public String format(T value) {
    return String.valueOf(Objects.requireNonNull(value, name));
  }

  @Override
  public String toString() {
    return name;
  }

  /** Starts a typed attribute map. */
  public static Attrs attrs() {
    return new Attrs();
  }

  /** Builds the string map a {@link Fact} carries from typed keys; keeps insertion order. */
  public static final class Attrs {
    private final Map<String, String> map = new LinkedHashMap<>();

    private Attrs() {}

    /** Adds (or replaces) one attribute. */
    public <V> Attrs put(FactAttr<V> key, V value) {
      map.put(key.name, key.format(value));
      return this;
    }

    /** The attributes, for {@link Fact}'s constructor. */
    public Map<String, String> build() {
      return map;
    }
  }

  /** The e-mail address (EMAIL_ADDRESS). */
  public static final FactAttr<String> ADDRESS = text("address");

  /** Who added an annotation (DARK_MARKUP). */
  public static final FactAttr<String> AUTHOR = text("author");

  /** '|'-joined authors of tracked changes, raw (TRACKED_CHANGES). */
  public static final FactAttr<String> AUTHORS = text("authors");

  /** The uninspected part is serious enough to block (UNINSPECTED_PART). */
  public static final FactAttr<Boolean> BLOCK = flag("block");

  /** A defined name Excel itself made (DEFINED_NAME). */
  public static final FactAttr<Boolean> BUILTIN = flag("builtin");

  /** Size of the part or stream in bytes (DATA_MODEL, CUSTOM_XML_PART, POWER_QUERY, VBA_PROJECT, EMBEDDED_OBJECT). */
  public static final FactAttr<Integer> BYTES = integer("bytes");

  /** Cells cached from the linked workbook (EXTERNAL_LINK). */
  public static final FactAttr<Integer> CACHED_CELLS = integer("cachedCells");

  /** Data points cached in a chart (CHART). */
  public static final FactAttr<Integer> CACHED_POINTS = integer("cachedPoints");

  /** Only the last PDF revisions were compared (PDF_REVISIONS). */
  public static final FactAttr<Boolean> CAPPED = flag("capped");

  /** Changes in a shared-workbook revision log (REVISION_LOG). */
  public static final FactAttr<Integer> CHANGES = integer("changes");

  /** The command text of a data connection (DATA_CONNECTION). */
  public static final FactAttr<String> COMMAND = text("command");

  /** Earlier PDF revisions read (PDF_REVISIONS). */
  public static final FactAttr<String> COMPARED = text("compared");

  /** Tracked deletions (TRACKED_CHANGES). */
  public static final FactAttr<Integer> DELETIONS = integer("deletions");

  /** A defined name refers to another workbook (DEFINED_NAME). */
  public static final FactAttr<Boolean> EXTERNAL = flag("external");

  /** The embedded workbook part behind a chart (CHART). */
  public static final FactAttr<String> EXTERNAL_DATA = text("externalData");

  /** Tracked formatting changes (TRACKED_CHANGES). */
  public static final FactAttr<Integer> FORMATTING = integer("formatting");

  /** A PDF layer draws text (PDF_LAYER). */
  public static final FactAttr<Boolean> HAS_TEXT = flag("hasText");

  /** Hidden (DEFINED_NAME, FORM_FIELD). */
  public static final FactAttr<Boolean> HIDDEN = flag("hidden");

  /** Tracked insertions (TRACKED_CHANGES). */
  public static final FactAttr<Integer> INSERTIONS = integer("insertions");

  /** Decimal latitude (IMAGE_LOCATION). */
  public static final FactAttr<String> LATITUDE = text("latitude");

  /** Decimal longitude (IMAGE_LOCATION). */
  public static final FactAttr<String> LONGITUDE = text("longitude");

  /** VBA modules in the project (VBA_PROJECT). */
  public static final FactAttr<Integer> MODULES = integer("modules");

  /** Tracked moves (TRACKED_CHANGES). */
  public static final FactAttr<Integer> MOVES = integer("moves");

  /** 1-based page, when known (FORM_FIELD). */
  public static final FactAttr<String> PAGE = text("page");

  /** Where a PDF layer is drawn (PDF_LAYER). */
  public static final FactAttr<String> PAGES = text("pages");

  /** The uninspected part holds pictures (UNINSPECTED_PART). */
  public static final FactAttr<Boolean> PICTURES = flag("pictures");

  /** Records a pivot cache keeps (PIVOT_CACHE). */
  public static final FactAttr<Integer> RECORDS = integer("records");

  /** A defined name points into a hidden sheet (DEFINED_NAME). */
  public static final FactAttr<Boolean> REFERS_TO_HIDDEN_SHEET = flag("refersToHiddenSheet");

  /** Who last refreshed a pivot cache (PIVOT_CACHE). */
  public static final FactAttr<String> REFRESHED_BY = text("refreshedBy");

  /** from, sender, to, cc, bcc, reply-to (EMAIL_ADDRESS). */
  public static final FactAttr<String> ROLE = text("role");

  /** Root element of a custom XML part (CUSTOM_XML_PART). */
  public static final FactAttr<String> ROOT_ELEMENT = text("rootElement");

  /** The embedded object was recursed into (EMBEDDED_OBJECT). */
  public static final FactAttr<Boolean> SCANNED = flag("scanned");

  /** Length of a PDF JavaScript action (PDF_ACTION). */
  public static final FactAttr<Integer> SCRIPT_BYTES = integer("scriptBytes");

  /** The fact's value is a whole sentence for the officer (UNINSPECTED_PART). */
  public static final FactAttr<Boolean> SENTENCE = flag("sentence");

  /** Server of a data connection (DATA_CONNECTION). */
  public static final FactAttr<String> SERVER = text("server");

  /** Shared items a pivot cache keeps (PIVOT_CACHE). */
  public static final FactAttr<Integer> SHARED_ITEMS = integer("sharedItems");

  /** Range or connection a pivot cache reads (PIVOT_CACHE). */
  public static final FactAttr<String> SOURCE = text("source");

  /** Visibility state of an XLM macro sheet (XLM_MACRO_SHEET). */
  public static final FactAttr<String> STATE = text("state");

  /** OLE storage an embedded object sits in (EMBEDDED_OBJECT). */
  public static final FactAttr<String> STORAGE = text("storage");

  /** URI, file or picture part an action or crop points at (PDF_ACTION, CROPPED_IMAGE). */
  public static final FactAttr<String> TARGET = text("target");

  /** Kind of connection or form field (DATA_CONNECTION, FORM_FIELD). */
  public static final FactAttr<String> TYPE = text("type");

  /** Earlier PDF revisions that could not be opened (PDF_REVISIONS). */
  public static final FactAttr<String> UNREADABLE = text("unreadable");

  /** No relationship or drawing refers to the embedded object (EMBEDDED_OBJECT). */
  public static final FactAttr<Boolean> UNREFERENCED = flag("unreferenced");

  /** Page content draws on the PDF layer (PDF_LAYER). */
  public static final FactAttr<Boolean> USED = flag("used");

  /** Users named in a revision log (REVISION_LOG). */
  public static final FactAttr<String> USERS = text("users");

  /** Percent of a cropped picture cut off at the bottom (CROPPED_IMAGE). */
  public static final FactAttr<String> BOTTOM = text("bottom");

  /** The pivot cache a pivot table refers to (PIVOT_TABLE). */
  public static final FactAttr<String> CACHE = text("cache");

  /** Which pages each earlier PDF revision changed, e.g. "revision 1: pages 1, 3" (PDF_REVISIONS). */
  public static final FactAttr<String> CHANGED_PAGES = text("changedPages");

  /** Colour of a dark annotation (DARK_MARKUP). */
  public static final FactAttr<String> COLOUR = text("colour");

  /** Picture format, JPEG, PNG ... (IMAGE_LOCATION). */
  public static final FactAttr<String> FORMAT = text("format");

  /** Rows an autofilter hides (AUTOFILTER). */
  public static final FactAttr<Integer> HIDDEN_ROWS = integer("hiddenRows");

  /** Percent of a cropped picture cut off on the left (CROPPED_IMAGE). */
  public static final FactAttr<String> LEFT = text("left");

  /** Display name of an e-mail party (EMAIL_ADDRESS). */
  public static final FactAttr<String> NAME = text("name");

  /** Identity provider of a comment author (COMMENT_AUTHOR). */
  public static final FactAttr<String> PROVIDER = text("provider");

  /** Percent of a cropped picture cut off on the right (CROPPED_IMAGE). */
  public static final FactAttr<String> RIGHT = text("right");

  /** A pivot cache keeps its records in the file (PIVOT_CACHE). */
  public static final FactAttr<Boolean> SAVE_DATA = flag("saveData");

  /** Sheets of the linked workbook (EXTERNAL_LINK). */
  public static final FactAttr<String> SHEETS = text("sheets");

  /** Percent of a cropped picture cut off at the top (CROPPED_IMAGE). */
  public static final FactAttr<String> TOP = text("top");

  /** User id of a comment author (COMMENT_AUTHOR). */
  public static final FactAttr<String> USER_ID = text("userId");

  /** Every key above, for the documentation check. */
  public static List<FactAttr<?>> all() {
    List<FactAttr<?>> all = new java.util.ArrayList<>();
    for (java.lang.reflect.Field f : FactAttr.class.getDeclaredFields()) {
      if (f.getType() == FactAttr.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
        try {
          all.add((FactAttr<?>) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return List.copyOf(all);
  }
}
