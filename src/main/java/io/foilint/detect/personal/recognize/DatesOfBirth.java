package io.foilint.detect.personal.recognize;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/**
 * Dates as UK tables write them, and whether a date can be a date of birth. Forms read:
 * {@code dd/mm/yyyy} and {@code d/m/yy} (also with {@code -} or {@code .}), {@code yyyy-mm-dd}
 * (optionally followed by a time, as extractors write date cells), {@code 1 Feb 1985} and Excel's
 * {@code 1-Feb-85}, and Excel serial day numbers given as numeric strings (1900 date system).
 * Day-first is assumed: these are UK tables.
 *
 * <p>Everything is judged against a reference date the caller passes (the scan date, or a date
 * fixed in a test), never the wall clock. Two-digit years are read as the latest such year not
 * after the reference year ("85" in 2026 is 1985, "20" is 2020).
 *
 * <p>A bare number parses as an Excel serial, so a column of counts near 20,000–45,000 also reads
 * as dates from 1954 to 2023: callers should trust serials only for cells the workbook formats
 * as dates or under a date-of-birth header.
 */
public final class DatesOfBirth {

  /** Oldest age accepted for a living person's date of birth. */
  public static final int OLDEST_AGE = 110;

  /** Excel's epoch as it counts (serial 1 = 1900-01-01, and serial 60 is the 29 February 1900 that never was). */
  private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 31);
  private static final int EXCEL_FAKE_LEAP_DAY = 60;
  private static final int EXCEL_LAST_SERIAL = 2_958_465; // 9999-12-31

  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"
  };

  private DatesOfBirth() {}

  /** True when the date is on or before the reference date and no more than 110 years before it. */
  public static boolean isPlausibleDateOfBirth(LocalDate date, LocalDate reference) {
    return !date.isAfter(reference) && !date.isBefore(reference.minusYears(OLDEST_AGE));
  }

  /** True when the value parses as a date that is a plausible date of birth on the reference date. */
  public static boolean isPlausibleDateOfBirth(String value, LocalDate reference) {
    return parse(value, reference).filter(d -> isPlausibleDateOfBirth(d, reference)).isPresent();
  }

  /** The date a value writes, reading two-digit years relative to the reference date. */
  public static Optional<LocalDate> parse(String value, LocalDate reference) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    int n = v.length();
    if (n == 0 || n > 40) {
      return Optional.empty();
    }
    char first = v.charAt(0);
    if (!Ascii.digit(first)) {
      return Optional.empty();
    }
    LocalDate date = serial(v);
    if (date == null) {
      date = numericDate(v, reference.getYear());
    }
    if (date == null) {
      date = namedMonthDate(v, reference.getYear());
    }
    return Optional.ofNullable(date);
  }

  /** An Excel serial day number ("31048" or "31048.5"); null for anything else. */
  static LocalDate serial(String v) {
    int n = v.length();
    int dot = v.indexOf('.');
    int intEnd = dot < 0 ? n : dot;
    if (intEnd == 0 || intEnd > 7) {
      return null;
    }
    long days = 0;
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      if (i == dot) {
        continue;
      }
      if (!Ascii.digit(c)) {
        return null;
      }
      if (i < intEnd) {
        days = days * 10 + (c - '0');
      }
    }
    if (days < 1 || days > EXCEL_LAST_SERIAL || days == EXCEL_FAKE_LEAP_DAY) {
      return null;
    }
    return EXCEL_DAY_ZERO.plusDays(days < EXCEL_FAKE_LEAP_DAY ? days : days - 1);
  }

  /** d/m/y or y-m-d with separator '/', '-' or '.', optionally followed by a time. */
  private static LocalDate numericDate(String v, int referenceYear) {
    int[] fields = new int[3];
    int[] widths = new int[3];
    int field = 0;
    char separator = 0;
    int i = 0;
    int n = v.length();
    for (; i < n; i++) {
      char c = v.charAt(i);
      if (Ascii.digit(c)) {
        if (widths[field] == 4) {
          return null;
        }
        fields[field] = fields[field] * 10 + (c - '0');
        widths[field]++;
      } else if (field < 2 && (c == '/' || c == '-' || c == '.') && widths[field] > 0) {
        if (separator != 0 && c != separator) {
          return null;
        }
        separator = c;
        field++;
      } else {
        break;
      }
    }
    if (field != 2 || widths[2] == 0) {
      return null;
    }
    if (i < n && !timeFollows(v, i)) {
      return null;
    }
    if (widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2) {
      return date(fields[0], fields[1], fields[2]);
    }
    if (widths[0] > 2 || widths[1] > 2) {
      return null;
    }
    int year = fullYear(fields[2], widths[2], referenceYear);
    return year < 0 ? null : date(year, fields[1], fields[0]);
  }

  /** "1 Feb 1985", "01 February 85", "1-Feb-85". */
  private static LocalDate namedMonthDate(String v, int referenceYear) {
    int n = v.length();
    int i = 0;
    int day = 0;
    while (i < n && i < 2 && Ascii.digit(v.charAt(i))) {
      day = day * 10 + (v.charAt(i++) - '0');
    }
    if (i == 0 || i >= n || (v.charAt(i) != ' ' && v.charAt(i) != '-')) {
      return null;
    }
    int monthStart = ++i;
    while (i < n && Ascii.letter(v.charAt(i))) {
      i++;
    }
    int month = month(v, monthStart, i);
    if (month == 0 || i >= n || (v.charAt(i) != ' ' && v.charAt(i) != '-')) {
      return null;
    }
    i++;
    int yearStart = i;
    int year = 0;
    while (i < n && Ascii.digit(v.charAt(i))) {
      year = year * 10 + (v.charAt(i++) - '0');
    }
    if (i != n) {
      return null;
    }
    int full = fullYear(year, i - yearStart, referenceYear);
    return full < 0 ? null : date(full, month, day);
  }

  /** Month number for a month name or its first three or more letters; 0 if none. */
  private static int month(String v, int from, int to) {
    int length = to - from;
    if (length < 3) {
      return 0;
    }
    for (int m = 0; m < MONTHS.length; m++) {
      String name = MONTHS[m];
      if (length > name.length()) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < length && same; k++) {
        same = Ascii.lower(v.charAt(from + k)) == name.charAt(k);
      }
      if (same) {
        return m + 1;
      }
    }
    return 0;
  }

  private static boolean timeFollows(String v, int i) {
    char c = v.charAt(i);
    return (c == 'T' || c == ' ') && i + 1 < v.length() && Ascii.digit(v.charAt(i + 1));
  }

  private static int fullYear(int year, int width, int referenceYear) {
    if (width == 4) {
      return year;
    }
    if (width != 2) {
      return -1;
    }
    int century = referenceYear / 100 * 100;
    int candidate = century + year;
    return candidate > referenceYear ? candidate - 100 : candidate;
  }

  private static LocalDate date(int year, int month, int day) {
    if (year < 1 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    int length =
        month == 2 ? (Year.isLeap(year) ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
    return day > length ? null : LocalDate.of(year, month, day);
  }
}
