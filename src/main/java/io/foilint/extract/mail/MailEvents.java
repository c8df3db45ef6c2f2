package io.foilint.extract.mail;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.text.BlockWriter;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an e-mail reader reports, the same for {@code .eml} and {@code .msg}: each sender and
 * recipient as an {@link FactKind#EMAIL_ADDRESS} fact (role, display name, address), judged by
 * the {@code email-addresses} rule; the subject as visible text; the body paragraph by paragraph
 * as visible body text in {@value #BODY}; and every attachment handed to the engine as
 * {@code attachment N: name}, so a workbook attached to a reply is located
 * {@code reply.msg!/attachment 2: staff.xlsx!/Staff!A1}.
 */
final class MailEvents {

  static final String HEADERS = "message headers";
  static final String BODY = "message body";

  private final ExtractionContext context;
  private final ContentHandler out;
  private final BlockWriter body;
  private int attachments;

  MailEvents(ExtractionContext context, ContentHandler out) {
    this.context = context;
    this.out = out;
    this.body = new BlockWriter(context, out, BODY, TextKind.BODY, Visibility.VISIBLE);
  }

  ContentHandler out() {
    return out;
  }

  ExtractionContext context() {
    return context;
  }

  /**
   * One sender or recipient.
   *
   * @param role {@code from}, {@code sender}, {@code to}, {@code cc}, {@code bcc}, {@code reply-to}
   */
  void address(String role, String name, String address) {
    String n = name == null ? "" : name.strip();
    String a = address == null ? "" : address.strip();
    if (n.isEmpty() && a.isEmpty()) {
      return;
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("role", role);
    attrs.put("name", n);
    attrs.put("address", a);
    String value = n.isEmpty() ? a : a.isEmpty() ? n : n + " <" + a + ">";
    out.fact(new Fact(FactKind.EMAIL_ADDRESS, new Location("", HEADERS, role), role, value, attrs));
  }

  void subject(String subject) {
    if (subject != null && !subject.isBlank()) {
      out.text(new TextBlock(TextKind.OTHER, new Location("", HEADERS, "Subject"), subject.strip(),
          "", Visibility.VISIBLE));
    }
  }

  /** Plain body text. */
  void bodyText(Reader text) throws IOException, ExtractionException {
    char[] buf = new char[8192];
    int n;
    while ((n = text.read(buf)) >= 0) {
      body.write(buf, 0, n);
    }
    body.breakParagraph();
  }

  void bodyText(String text) throws ExtractionException {
    body.write(text);
    body.breakParagraph();
  }

  /** Hands an attachment to the engine; its name is {@code attachment N: file name}. */
  void attachment(String fileName, InputStream content) throws IOException {
    attachments++;
    String name = "attachment " + attachments
        + (fileName == null || fileName.isBlank() ? "" : ": " + cleanName(fileName));
    context.embedded(name, content);
  }

  /** A file name without folders and path separators, which would read as nesting. */
  private static String cleanName(String fileName) {
    String n = fileName.strip().replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replace("!", "");
    return n.length() > 200 ? n.substring(0, 200) : n;
  }

  void finish() throws ExtractionException {
    body.finish();
  }
}
