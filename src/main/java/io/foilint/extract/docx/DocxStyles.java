package io.foilint.extract.docx;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.xlsx.XlsxXmlReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The run formatting of the document defaults and of each paragraph and character style
 * (styles.xml), resolved through {@code w:basedOn}: a style can make its text hidden, white or
 * black-highlighted as well as direct formatting can.
 */
final class DocxStyles {

  private static final int MAX_STYLES = 20_000;
  private static final int MAX_CHAIN = 32;

  private record Style(String basedOn, WordRunFormat format) {}

  private final Map<String, Style> styles = new HashMap<>();
  private final Map<String, WordRunFormat> resolved = new HashMap<>();
  private WordRunFormat defaults = new WordRunFormat();

  static DocxStyles none() {
    return new DocxStyles();
  }

  /** Reads styles.xml; every element is matched by local name (Strict and Transitional alike). */
  static DocxStyles read(XlsxXmlReader xml) throws ExtractionException {
    DocxStyles s = new DocxStyles();
    String styleId = null;
    String basedOn = "";
    WordRunFormat format = null;
    boolean inDefaults = false;
    boolean inRunProperties = false;
    while (xml.next()) {
      if (xml.isStart()) {
        String local = xml.local();
        switch (local) {
          case "rPrDefault" -> {
            inDefaults = true;
            format = new WordRunFormat();
          }
          case "style" -> {
            styleId = xml.attr("styleId");
            basedOn = "";
            format = new WordRunFormat();
          }
          case "basedOn" -> basedOn = xml.attr("val");
          case "rPr" -> inRunProperties = format != null;
          case "rPrChange", "pPrChange" -> xml.skipElement(); // earlier formatting, not in force
          default -> {
            if (inRunProperties) {
              format.read(local, xml.attr("val"), xml.attr("fill"));
            }
          }
        }
      } else if (xml.isEnd()) {
        switch (xml.local()) {
          case "rPr" -> inRunProperties = false;
          case "rPrDefault" -> {
            if (inDefaults && format != null) {
              s.defaults = format;
            }
            inDefaults = false;
            format = null;
          }
          case "style" -> {
            if (styleId != null && format != null && s.styles.size() < MAX_STYLES) {
              s.styles.putIfAbsent(styleId, new Style(basedOn, format));
            }
            styleId = null;
            format = null;
          }
          default -> {}
        }
      }
    }
    return s;
  }

  WordRunFormat defaults() {
    return defaults;
  }

  /** A style's run formatting with everything it is based on; an empty format when unknown. */
  WordRunFormat style(String id) {
    if (id == null || id.isEmpty()) {
      return new WordRunFormat();
    }
    WordRunFormat cached = resolved.get(id);
    if (cached != null) {
      return cached;
    }
    WordRunFormat result = new WordRunFormat();
    Set<String> seen = new HashSet<>();
    // walk from the style up its basedOn chain; each level is laid under what is already set
    for (String at = id; at != null && !at.isEmpty() && seen.add(at) && seen.size() <= MAX_CHAIN; ) {
      Style st = styles.get(at);
      if (st == null) {
        break;
      }
      result = result.over(st.format);
      at = st.basedOn;
    }
    if (resolved.size() < MAX_STYLES) {
      resolved.put(id, result);
    }
    return result;
  }
}
