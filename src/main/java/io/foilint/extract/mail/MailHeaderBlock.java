package io.foilint.extract.mail;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether text starts with an RFC 822 header block, so a saved e-mail ({@code .eml}) is read as a
 * message and not as a letter or a CSV. A covering note that merely begins "Subject: …" is not
 * one: the block must hold two or more header fields, among them a sender or routing field
 * (From, Received, Message-ID, Return-Path) and a message field (To, Subject, Date,
 * MIME-Version), every line until the blank line being a field or its folded continuation.
 */
public final class MailHeaderBlock {

  private static final Set<String> SENDER =
      Set.of("from", "received", "message-id", "return-path", "sender");
  private static final Set<String> MESSAGE =
      Set.of("to", "subject", "date", "mime-version", "cc", "content-type");

  private MailHeaderBlock() {}

  public static boolean startsFile(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1);
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    if (text.startsWith("\u00EF\u00BB\u00BF")) {
      start = 3; // UTF-8 byte-order mark read as Latin-1
    }
    Set<String> fields = new HashSet<>();
    int pos = start;
    boolean ended = false;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      if (eol < 0) {
        break; // the sample ends inside the header block
      }
      String line = text.substring(pos, eol);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      pos = eol + 1;
      if (line.isEmpty()) {
        ended = true;
        break;
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        if (fields.isEmpty()) {
          return false; // a continuation before any field
        }
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || !isFieldName(line.substring(0, colon))) {
        return false;
      }
      fields.add(line.substring(0, colon).toLowerCase(Locale.ROOT));
    }
    if (!ended && pos < text.length() && fields.size() < 2) {
      return false;
    }
    return fields.size() >= 2
        && fields.stream().anyMatch(SENDER::contains)
        && fields.stream().anyMatch(MESSAGE::contains);
  }

  /** RFC 5322 field name: printable ASCII without colon or space. */
  private static boolean isFieldName(String name) {
    if (name.length() > 76) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 32 || c >= 127) {
        return false;
      }
    }
    return true;
  }
}
