package io.foilint.detect.personal.names;

import java.util.Set;

/**
 * Words that are in the name dictionaries but, in a spreadsheet, are more often something else: a
 * month ({@code March}, {@code May}), a virtue or everyday word ({@code Grace}, {@code Hope},
 * {@code Mark}, {@code Total}-like data words such as {@code Unknown}, {@code Male}), a colour or
 * ethnicity value ({@code White}, {@code Black}), a rank word ({@code Constable}), or a UK place or
 * station ({@code Bath}, {@code Chester}, {@code Lincoln}, {@code Victoria}, {@code Kent}). A trap
 * word lowers a name's confidence; it never rules a name out ({@code Mrs Grace Kent} is a person).
 */
public final class NameTraps {

  private NameTraps() {}

  private static final Set<String> CALENDAR =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter", "christmas",
          "easter");

  private static final Set<String> WORDS =
      Set.of(
          // virtues, flowers, gems and everyday words that are also given names
          "grace", "hope", "faith", "joy", "charity", "patience", "prudence", "honor", "honour",
          "justice", "liberty", "destiny", "harmony", "melody", "unity", "chance", "mark", "will",
          "bill", "sue", "pat", "rob", "bob", "jack", "frank", "rose", "lily", "daisy", "ivy",
          "holly", "hazel", "heather", "jasmine", "iris", "violet", "poppy", "amber", "ruby",
          "pearl", "crystal", "dawn", "eve", "sky", "storm", "river", "ocean", "star", "sunny",
          "happy", "rich", "sharp", "strong", "wise", "young", "long", "short", "little", "small",
          "best", "bright", "hardy", "early", "late", "free", "open", "new", "old", "north",
          "south", "east", "west", "central", "general", "royal", "national", "total", "other",
          "others", "unknown", "male", "female", "none", "nil", "yes", "no", "all", "any", "more",
          "less", "price", "cash", "bond", "banks", "bank", "rank", "grade", "band", "power",
          "cost", "bay", "hall", "house", "court", "street", "lane", "field", "fields", "wood",
          "woods", "hill", "hills", "park", "parks", "green", "white", "black", "brown", "gray",
          "grey", "red", "blue", "pink", "orange", "purple", "yellow", "navy", "gold", "silver", "asian", "british", "irish", "english", "scottish",
          "welsh", "african", "indian", "chinese", "mixed", "christian", "king", "queen",
          "prince", "duke", "earl", "lord", "lady", "bishop", "dean", "pope", "major", "chief",
          "constable", "sergeant", "inspector", "officer", "staff", "judge", "marshal",
          "person", "people", "member", "police",
          "case", "cases", "crime", "cross", "lock", "law", "rule", "post", "office", "station");

  private static final Set<String> PLACES =
      Set.of(
          "bath", "chester", "lincoln", "victoria", "kent", "newport", "york", "derby", "preston",
          "bolton", "carlisle", "durham", "lancaster", "warwick", "stafford", "worcester",
          "gloucester", "richmond", "kingston", "hampton", "clifton", "ashford", "camden",
          "chelsea", "kensington", "paddington", "euston", "waterloo", "marylebone", "temple",
          "angel", "holborn", "barking", "wembley", "watford", "reading", "luton", "crawley",
          "dudley", "walsall", "telford", "stockport", "wigan", "burnley", "blackburn", "halifax",
          "harrogate", "whitby", "buxton", "ripley", "sutton", "morden", "fulham", "putney",
          "stanley", "milton", "hastings", "lewes", "dover", "canterbury", "sheffield", "leeds",
          "london", "bradford", "brighton", "shirley", "beverley", "ashley", "kingsley", "paris",
          "florence", "georgia", "carolina", "virginia", "dakota", "austin", "dallas", "houston",
          "phoenix", "jordan", "india", "china", "ireland", "wales", "england", "scotland",
          "britain", "belfast", "derry", "armagh", "antrim", "tyrone", "down", "newry", "lisburn",
          "bangor", "omagh", "cork", "kerry", "clare", "galway", "mayo", "sligo", "louth",
          "meath", "carlow", "cavan", "shannon", "dublin", "exeter", "hereford", "salisbury",
          "winchester", "chichester", "wells", "ely", "ripon", "truro", "perth", "stirling",
          "inverness", "elgin", "ayr", "hamilton", "livingston", "kirk", "hull", "bristol",
          "cambridge", "oxford", "harrow", "ealing", "barnet", "enfield", "croydon", "bromley",
          "lewisham", "hackney", "islington", "lambeth", "merton", "havering", "hillingdon",
          "hounslow", "redbridge", "newham", "brent", "wandsworth", "southwark", "greenwich",
          "bexley", "northampton", "southampton", "wolverhampton", "nottingham", "leicester",
          "coventry", "birmingham", "manchester", "liverpool", "norwich", "ipswich", "swansea",
          "cardiff", "wrexham", "bridgend", "neath", "barry", "penarth", "rhyl", "conway",
          "chelmsford", "colchester", "basildon", "southend", "essex", "surrey", "sussex",
          "devon", "cornwall", "dorset", "somerset", "wiltshire", "norfolk", "suffolk", "avon",
          "trent", "severn", "thames", "tyne", "wear", "clyde", "mersey", "humber", "tees",
          "mansfield", "worthing", "horsham", "margate", "ramsgate", "deal", "hythe", "rye",
          "selby", "goole", "howden", "otley", "ilkley", "keighley", "skipton", "settle",
          "kendal", "penrith", "kelso", "melrose", "peebles", "selkirk", "hawick", "jedburgh");

  /** Whether a single word is a trap word (any case, accents and apostrophes ignored). */
  public static boolean isTrap(String word) {
    String key = NameKey.of(word);
    return key != null && (CALENDAR.contains(key) || WORDS.contains(key) || PLACES.contains(key));
  }

  /** Months, days and seasons: the strongest traps in a table (a column of months is common). */
  static boolean isCalendarWord(String key) {
    return CALENDAR.contains(key);
  }

  /** Trap check on an already-normalised key. */
  static boolean isTrapKey(String key) {
    return key != null && (CALENDAR.contains(key) || WORDS.contains(key) || PLACES.contains(key));
  }
}
