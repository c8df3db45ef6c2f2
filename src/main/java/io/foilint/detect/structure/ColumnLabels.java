package io.foilint.detect.structure;

import io.foilint.detect.Evidence;
import java.util.Locale;
import java.util.Set;

/**
 * Decides how a column header appears in a report. Generic labels ("Surname", "Rank",
 * "Station") are shown in clear because an officer needs to see what kind of data a hidden
 * column holds, and such labels name no one; anything else is masked like a value.
 */
final class ColumnLabels {

  /** Generic column labels, lower case with single spaces. A label names a field, never a person. */
  static final Set<String> GENERIC =
      Set.of(
          "name", "names", "full name", "first name", "first names", "forename", "forenames",
          "surname", "surnames", "last name", "family name", "given name", "middle name",
          "initial", "initials", "title", "rank", "grade", "role", "job title", "job", "post",
          "position", "department", "dept", "unit", "team", "station", "location", "site",
          "office", "division", "section", "branch", "directorate", "service", "force", "area",
          "region", "district", "ward", "borough", "county", "country", "date", "date of birth",
          "dob", "birth date", "age", "age band", "gender", "sex", "ethnicity", "nationality",
          "religion", "address", "address 1", "address 2", "street", "town", "city", "postcode",
          "post code", "email", "e-mail", "email address", "phone", "telephone", "tel", "mobile",
          "staff number", "staff no", "staff id", "employee number", "employee no",
          "employee id", "payroll number", "warrant number", "collar number", "id", "ref",
          "reference", "case number", "case ref", "ni number", "nino",
          "national insurance number", "nhs number", "salary", "pay", "pay band", "total",
          "totals", "grand total", "subtotal", "sum", "count", "number", "no", "no.", "amount",
          "value", "cost", "budget", "hours", "fte", "headcount", "average", "mean", "percentage",
          "%", "year", "month", "quarter", "week", "day", "period", "start date", "end date",
          "category", "type", "status", "description", "notes", "note", "comments", "comment",
          "outcome", "reason", "result", "offence", "crime type", "incident", "victim",
          "suspect", "witness", "officer", "manager", "contract", "hours per week", "start",
          "end", "row labels", "column labels", "values", "field1", "field2", "field3");

  private ColumnLabels() {}

  /** The label in clear when it is generic, masked otherwise. */
  static String display(String header) {
    if (header == null || header.isBlank()) {
      return "";
    }
    String tidy = header.strip().replaceAll("\\s+", " ");
    String key = tidy.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("[:*]+$", "").strip();
    return GENERIC.contains(key) ? tidy : Evidence.mask(tidy);
  }
}
