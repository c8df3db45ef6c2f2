package io.foilint.extract.pdf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a file path inside a metadata value. PDF makers often copy the source file's full path
 * into the title or the XMP history ({@code C:\Users\jsmith\Documents\complaint.docx}), which
 * names the officer's login and the server the file came from.
 */
final class SavePaths {

  private static final Pattern PATH = Pattern.compile(
      "(?:[A-Za-z]:\\\\|\\\\\\\\[^\\\\\\s]+\\\\|file:/+|/(?:Users|home|Volumes|mnt|media|net)/)"
          + "[^\\r\\n\"<>|]*");

  private SavePaths() {}

  /** The first path-like run in {@code value}, trimmed. */
  static Optional<String> in(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = PATH.matcher(value);
    return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
  }
}
