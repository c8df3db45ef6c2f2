package io.foilint.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for checking CSV reports: records end in CRLF, a field is either bare
 * (no comma, quote, CR or LF) or quoted with inner quotes doubled. Anything else throws, so a
 * report that only looks right to a lenient reader fails the test.
 */
public final class Rfc4180 {

  private Rfc4180() {}

  public static List<List<String>> parse(String csv) {
    // the reports start with a UTF-8 byte-order mark, which Excel reads as the encoding, not text
    if (csv.startsWith("\uFEFF")) {
      csv = csv.substring(1);
    }
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      if (csv.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= csv.length()) {
            throw new IllegalArgumentException("unterminated quoted field in record " + (records.size() + 1));
          }
          char c = csv.charAt(i++);
          if (c == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
      } else {
        while (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
          char c = csv.charAt(i++);
          if (c == '"' || c == '\n') {
            throw new IllegalArgumentException("bare field holds a quote or LF in record " + (records.size() + 1));
          }
          field.append(c);
        }
      }
      if (i < csv.length() && csv.charAt(i) == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (csv.startsWith("\r\n", i)) {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else {
        throw new IllegalArgumentException("expected ',' or CRLF at offset " + i);
      }
    }
    if (!record.isEmpty() || field.length() > 0) {
      throw new IllegalArgumentException("last record does not end in CRLF");
    }
    return records;
  }
}
