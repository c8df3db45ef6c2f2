package io.foilint.detect.personal.columns;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a column header as a personnel or victim-table field. Matching ignores case, spacing and
 * punctuation ("Collar No.", "collar_number" and "COLLARNUMBER" are one header), as AWS Macie's
 * keyword rule does. The vocabulary follows the PSNI and Norfolk &amp; Suffolk incidents and the
 * personnel and victim vocabulary of docs/personal-data-sources.md.
 *
 * <p>Confidence: 0.9 for a header that names the field outright ("Surname"), 0.6 for one that
 * usually does but has other uses ("Name" on a list of buildings, "Location" in a crime table).
 */
public final class HeaderVocabulary {

  /** A header's reading. */
  public record HeaderMatch(Category category, double confidence) {}

  private record Entry(String key, Category category, double confidence, boolean whole) {}

  /** Longest keys first, so "date of birth" wins over "date" and "staff number" over "staff". */
  private static final List<Entry> ENTRIES = new ArrayList<>();

  static {
    // names
    whole(Category.PERSON_NAME, 0.6, "name", "names");
    add(Category.PERSON_NAME, 0.9, "full name", "officer name", "staff name", "employee name",
        "officers name", "person name", "contact name", "employee name", "sales rep", "victim name", "suspect name", "witness name",
        "offender name", "complainant name", "known as", "preferred name", "pupil name",
        "student name", "child name", "child s name", "patient name", "client name", "applicant name",
        "candidate name", "name of person", "name of officer", "name of pupil");
    // with the German and French headers of contact lists exported from European systems
    add(Category.SURNAME, 0.9, "surname", "surnames", "last name", "family name", "lastname",
        "nachname", "familienname", "nom de famille");
    add(Category.FORENAME, 0.9, "forename", "forenames", "first name", "first names", "firstname",
        "given name", "given names", "christian name", "christian names", "initial", "initials",
        "middle name", "vorname", "vornamen", "prenom", "prenoms");
    // role
    add(Category.RANK_GRADE, 0.8, "rank", "grade", "pay band", "band", "scale", "scp",
        "job title", "post title", "substantive rank", "acting rank");
    whole(Category.RANK_GRADE, 0.6, "role", "post", "position", "title");
    // identifiers
    add(Category.STAFF_NUMBER, 0.9, "collar number", "collar no", "shoulder number",
        "shoulder no", "warrant number", "warrant no", "force number", "force no", "fin",
        "epaulette number", "badge number", "pay number", "payroll number", "payroll no",
        "payroll", "employee number", "employee no", "employee id", "staff number", "staff no",
        "staff id", "empid", "emp id", "emp no", "employee ref", "personnel number", "personnel no",
        "hr number", "esr number",
        "assignment number", "pay no", "post number", "post no");
    add(Category.DATE_OF_BIRTH, 0.95, "date of birth", "dateofbirth", "dob", "birth date",
        "birthdate", "d o b");
    add(Category.ADDRESS, 0.85, "address", "home address", "street", "house number",
        "address line", "addr");
    add(Category.POSTCODE, 0.85, "postcode", "post code", "postal code", "zip");
    add(Category.PHONE, 0.9, "phone", "telephone", "tel no", "mobile", "contact number",
        "phone number", "tel");
    add(Category.EMAIL, 0.9, "email", "e mail", "email address", "mail address");
    add(Category.NI_NUMBER, 0.95, "ni number", "national insurance", "nino", "ni no");
    add(Category.NHS_NUMBER, 0.95, "nhs number", "nhs no", "chi number");
    add(Category.VEHICLE_REGISTRATION, 0.9, "vehicle registration", "vrm", "vrn", "reg no",
        "registration number", "number plate", "vehicle reg");
    add(Category.BANK_DETAILS, 0.9, "sort code", "account number", "account no", "iban",
        "bank account", "card number");
    add(Category.PASSPORT_OR_LICENCE, 0.9, "passport", "passport number", "driving licence",
        "driver licence", "licence number", "license number");
    // place and unit
    add(Category.WORK_LOCATION, 0.7, "station", "base", "base station", "work location",
        "posting", "site", "division", "command", "bcu", "sector", "district", "area", "location");
    add(Category.UNIT, 0.7, "unit", "department", "dept", "team", "section", "branch", "squad",
        "directorate", "cost centre", "cost center", "organisation unit", "org unit");
    add(Category.VETTING, 0.9, "vetting", "vetting level", "vetting status", "nppv",
        "clearance", "security clearance");
    // victims, suspects, witnesses
    add(Category.ROLE_IN_INCIDENT, 0.9, "victim", "injured party", "complainant",
        "informant", "reporting person", "witness", "suspect", "offender", "accused",
        "defendant", "nominal", "detained person", "misper", "missing person", "deceased",
        "person type", "involvement", "role in incident");
    add(Category.INCIDENT_REFERENCE, 0.8, "crime number", "crime no", "crime reference",
        "crime ref", "occurrence number", "occurrence no", "incident number", "incident no",
        "urn", "custody number", "custody no", "pnc id", "pnc number", "cro number", "log number");
    // quasi-identifiers and sensitive attributes
    add(Category.GENDER, 0.9, "gender", "sex");
    add(Category.AGE, 0.85, "age", "age band", "age group", "age range", "age at offence");
    add(Category.ETHNICITY, 0.9, "ethnicity", "ethnic origin", "ethnic group", "ethnic code",
        "self defined ethnicity", "officer defined ethnicity");
    add(Category.SENSITIVE_ATTRIBUTE, 0.8, "religion", "belief", "disability", "sexual orientation",
        "salary", "pay", "absence", "sickness", "career break", "health", "medical",
        "nationality", "marital status");
    add(Category.FREE_TEXT, 0.6, "notes", "narrative", "comments", "description", "mo",
        "modus operandi", "details", "summary", "remarks");
    ENTRIES.sort((a, b) -> Integer.compare(b.key().length(), a.key().length()));
  }

  private static void add(Category c, double confidence, String... keys) {
    for (String k : keys) {
      ENTRIES.add(new Entry(normalise(k), c, confidence, false));
    }
  }

  /** Keys that count only as the whole header ("Name", not "Station name"). */
  private static void whole(Category c, double confidence, String... keys) {
    for (String k : keys) {
      ENTRIES.add(new Entry(normalise(k), c, confidence, true));
    }
  }

  private HeaderVocabulary() {}

  /** The field a header names, if it is one of the vocabulary's; empty for "Total", "Month"... */
  public static Optional<HeaderMatch> match(String header) {
    if (header == null || header.isBlank() || header.length() > 80) {
      return Optional.empty();
    }
    String h = normalise(header);
    if (h.isEmpty()) {
      return Optional.empty();
    }
    for (Entry e : ENTRIES) {
      if (e.whole() ? h.equals(e.key()) : containsWords(h, e.key())) {
        return Optional.of(new HeaderMatch(e.category(), e.confidence()));
      }
    }
    return Optional.empty();
  }

  /** Lower case, accents dropped, every run of non-letters/digits one space, trimmed. */
  static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code key} occurs in {@code header} on word boundaries ("staff number" in "staff
   * number 2019", not "band" in "husband"); a key written as one word also matches the header
   * with its spaces removed ("lastname" in "LastName").
   */
  private static boolean containsWords(String header, String key) {
    if ((" " + header + " ").contains(" " + key + " ")) {
      return true;
    }
    return !key.contains(" ") && header.replace(" ", "").equals(key);
  }
}
