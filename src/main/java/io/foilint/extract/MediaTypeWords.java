package io.foilint.extract;

import java.util.Locale;

/**
 * A part's or an attachment's media type as an officer calls what it holds ("Excel workbook",
 * "PDF document", "ActiveX control"), for messages: readers report embedded things by this, never
 * by the raw type ({@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}).
 */
public final class MediaTypeWords {

  private MediaTypeWords() {}

  /** The words for {@code mediaType}, or {@code fallback} when it has no common name. */
  public static String of(String mediaType, String fallback) {
    String t = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    if (t.contains("activex")) {
      return "ActiveX control";
    }
    if (t.contains("spreadsheetml.sheet") || t.contains("ms-excel") || t.equals("application/x-excel")) {
      return "Excel workbook";
    }
    if (t.contains("wordprocessingml") || t.contains("msword") || t.contains("ms-word")) {
      return "Word document";
    }
    if (t.contains("presentationml") || t.contains("powerpoint")) {
      return "PowerPoint presentation";
    }
    if (t.contains("opendocument.spreadsheet")) {
      return "OpenDocument spreadsheet";
    }
    if (t.contains("opendocument.text")) {
      return "OpenDocument text document";
    }
    if (t.contains("opendocument.chart")) {
      return "OpenDocument chart";
    }
    if (t.contains("opendocument.formula")) {
      return "formula";
    }
    if (t.contains("opendocument")) {
      return "OpenDocument object";
    }
    if (t.contains("oleobject")) {
      return "OLE object";
    }
    if (t.endsWith("/pdf")) {
      return "PDF document";
    }
    if (t.endsWith("/csv") || t.contains("comma-separated")) {
      return "CSV file";
    }
    if (t.startsWith("text/")) {
      return "text file";
    }
    if (t.contains("zip")) {
      return "zip archive";
    }
    if (t.startsWith("image/")) {
      return "picture";
    }
    return fallback;
  }
}
