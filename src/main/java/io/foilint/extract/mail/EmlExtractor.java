package io.foilint.extract.mail;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.extract.tika.HtmlExtractor;
import io.foilint.model.ContentHandler;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * A MIME message ({@code .eml}), streamed with Apache mime4j: the top-level headers (senders,
 * recipients, subject), the body — {@code text/plain} preferred, a {@code text/html} part read
 * as a web page unless it is the HTML alternative of a plain part already read — and every other
 * part, attached or inline, handed to the engine as an attachment. A forwarded message
 * ({@code message/rfc822}) is such an attachment too, so nested messages go through the engine's
 * one recursion with its depth and size limits.
 */
public final class EmlExtractor implements Extractor {

  /** A header longer than this, or more header fields than this, is damage or an attack. */
  private static final int MAX_HEADER_BYTES = 1 << 20;
  private static final int MAX_HEADERS = 10_000;

  private static final java.util.Set<String> SIGNATURES = java.util.Set.of(
      "application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature");

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    MailEvents mail = new MailEvents(context, out);
    MimeConfig config = new MimeConfig.Builder()
        .setMaxLineLen(-1)
        .setMaxHeaderLen(MAX_HEADER_BYTES)
        .setMaxHeaderCount(MAX_HEADERS)
        .setMaxContentLen(-1)
        .setStrictParsing(false)
        .build();
    MimeStreamParser parser =
        new MimeStreamParser(config, DecodeMonitor.SILENT, new DefaultBodyDescriptorBuilder());
    parser.setContentDecoding(true);
    parser.setNoRecurse();
    parser.setContentHandler(new Parts(mail));
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      parser.parse(in);
    } catch (Stop e) {
      throw e.reason;
    } catch (MimeException e) {
      throw new ExtractionException(Reason.CORRUPT,
          "The e-mail's MIME structure could not be read: " + e.getMessage(), e);
    }
    mail.finish();
  }

  /** Carries an {@link ExtractionException} out of mime4j's handler methods. */
  private static final class Stop extends RuntimeException {
    final ExtractionException reason;

    Stop(ExtractionException reason) {
      super(reason.getMessage(), null, false, false);
      this.reason = reason;
    }
  }

  private static final class Parts extends AbstractContentHandler {
    private final MailEvents mail;
    private boolean topHeader = true;
    private boolean inHeader;
    /** Open multiparts: whether each is an alternative that already gave a plain-text body. */
    private final Deque<boolean[]> alternatives = new ArrayDeque<>();

    Parts(MailEvents mail) {
      this.mail = mail;
    }

    @Override
    public void startHeader() {
      inHeader = true;
    }

    @Override
    public void endHeader() {
      inHeader = false;
      topHeader = false;
    }

    @Override
    public void startMultipart(BodyDescriptor bd) {
      if ("encrypted".equalsIgnoreCase(bd.getSubType())) {
        throw new Stop(encrypted());
      }
      boolean alternative = "alternative".equalsIgnoreCase(bd.getSubType());
      alternatives.push(new boolean[] {alternative, false});
    }

    @Override
    public void endMultipart() {
      alternatives.poll();
    }

    @Override
    public void field(Field field) {
      deadline();
      if (!inHeader || !topHeader) {
        return;
      }
      String name = field.getName().toLowerCase(Locale.ROOT);
      String body = field.getBody() == null ? "" : field.getBody();
      switch (name) {
        case "from", "sender", "to", "cc", "bcc", "reply-to" -> MailAddresses.parse(body)
            .forEach(a -> mail.address(name, a.name(), a.address()));
        case "subject" -> mail.subject(decode(body));
        default -> {}
      }
    }

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
      deadline();
      MaximalBodyDescriptor d = (MaximalBodyDescriptor) bd;
      String mime = d.getMimeType() == null ? "" : d.getMimeType().toLowerCase(Locale.ROOT);
      String fileName = d.getContentDispositionFilename();
      if (fileName == null && d.getContentTypeParameters() != null) {
        fileName = d.getContentTypeParameters().get("name");
      }
      fileName = fileName == null ? null : decode(fileName);
      boolean attached = "attachment".equalsIgnoreCase(d.getContentDispositionType())
          || (fileName != null && !fileName.isBlank());
      boolean[] frame = alternatives.peek();
      if (isEncrypted(mime, d)) {
        throw new Stop(encrypted());
      }
      try {
        if (!attached && mime.equals("text/plain")) {
          mail.bodyText(new InputStreamReader(is, charset(d.getCharset())));
          if (frame != null && frame[0]) {
            frame[1] = true;
          }
        } else if (!attached && (mime.equals("text/html") || mime.equals("application/xhtml+xml"))) {
          if (frame != null && frame[0] && frame[1]) {
            is.transferTo(java.io.OutputStream.nullOutputStream()); // the plain part said it
          } else {
            HtmlExtractor.read(is, mail.context(), mail.out(), MailEvents.BODY);
          }
        } else if (SIGNATURES.contains(mime)) {
          // a signature and its certificates (the signing officer's): nothing a reader reads
          is.transferTo(java.io.OutputStream.nullOutputStream());
        } else {
          mail.attachment(fileName, is);
        }
      } catch (ExtractionException e) {
        throw new Stop(e);
      }
    }

    private void deadline() {
      try {
        mail.context().checkDeadline();
      } catch (ExtractionException e) {
        throw new Stop(e);
      }
    }
  }

  /**
   * An S/MIME or PGP/MIME encrypted body: nothing in it can be read without the recipient's key.
   * (A signed message's {@code pkcs7-signature} part is only a signature and is not this.)
   */
  private static boolean isEncrypted(String mime, MaximalBodyDescriptor d) {
    if (mime.equals("application/pkcs7-mime") || mime.equals("application/x-pkcs7-mime")) {
      String type = d.getContentTypeParameters() == null ? null
          : d.getContentTypeParameters().get("smime-type");
      return type == null || !type.equalsIgnoreCase("signed-data");
    }
    return mime.equals("application/pgp-encrypted");
  }

  private static ExtractionException encrypted() {
    return new ExtractionException(Reason.ENCRYPTED,
        "The e-mail is encrypted (S/MIME or PGP/MIME): its body and attachments cannot be read"
            + " without the recipient's key");
  }

  static String decode(String headerValue) {
    try {
      return DecoderUtil.decodeEncodedWords(headerValue, DecodeMonitor.SILENT).strip();
    } catch (RuntimeException e) {
      return headerValue.strip();
    }
  }

  private static Charset charset(String name) {
    if (name == null || name.equalsIgnoreCase("us-ascii")) {
      return Charset.forName("windows-1252"); // a superset of ASCII; mislabelled mail is common
    }
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return Charset.forName("windows-1252");
    }
  }
}
