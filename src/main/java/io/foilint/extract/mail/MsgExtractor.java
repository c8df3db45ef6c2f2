package io.foilint.extract.mail;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.extract.rtf.RtfExtractor;
import io.foilint.extract.tika.HtmlExtractor;
import io.foilint.model.ContentHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.Chunks;
import org.apache.poi.hsmf.datatypes.DirectoryChunk;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.PropertyValue;
import org.apache.poi.hsmf.datatypes.RecipientChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An Outlook message ({@code .msg}), read with POI HSMF: the sender (from the transport headers
 * when the message was received, which give the SMTP address, else the display name and address
 * chunks), every recipient with its type (To, Cc, Bcc — a sent item keeps its Bcc list), the
 * subject, the body (plain text, else HTML read as a web page, else the compressed RTF read by
 * foilint's RTF reader), and every attachment handed to the engine: a file's bytes, an attached
 * message or OLE object as an OLE2 storage of its own, so nested messages recurse through the
 * engine with its limits.
 */
public final class MsgExtractor implements Extractor {

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    MailEvents mail = new MailEvents(context, out);
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      MAPIMessage msg = new MAPIMessage(fs);
      msg.setReturnNullOnMissingChunk(true);
      try {
        msg.guess7BitEncoding();
      } catch (RuntimeException e) {
        // a message without 7-bit strings keeps its Unicode ones
      }
      read(msg, mail, fs, java.nio.file.Files.size(file));
    } catch (RuntimeException e) {
      throw new ExtractionException(Reason.CORRUPT,
          "The Outlook message could not be read (" + e.getClass().getSimpleName() + ": "
              + e.getMessage() + ")", e);
    }
    mail.finish();
  }

  private static void read(MAPIMessage msg, MailEvents mail, POIFSFileSystem fs, long fileSize)
      throws IOException, ExtractionException {
    Chunks main = msg.getMainChunks();
    String messageClass = string(main.getMessageClass()).toUpperCase(java.util.Locale.ROOT);
    if (messageClass.startsWith("IPM.NOTE.SMIME") && !messageClass.endsWith(".MULTIPARTSIGNED")) {
      // Outlook keeps an encrypted message's body as an S/MIME blob in its only attachment
      throw new ExtractionException(Reason.ENCRYPTED,
          "The Outlook message is encrypted (S/MIME): its body and attachments cannot be read"
              + " without the recipient's key");
    }
    senders(msg, main, mail);
    for (RecipientChunks r : msg.getRecipientDetailsChunks()) {
      String address = r.getRecipientEmailAddress();
      String name = r.getRecipientName();
      mail.address(role(r), name == null || name.equals(address) ? "" : name, address);
    }
    mail.subject(string(main.getSubjectChunk()));
    mail.context().checkDeadline();
    body(msg, mail);
    for (AttachmentChunks a : msg.getAttachmentFiles()) {
      mail.context().checkDeadline();
      attachment(a, mail, fs, fileSize);
    }
  }

  /** From and Reply-To: the transport headers when present (SMTP addresses), else the chunks. */
  private static void senders(MAPIMessage msg, Chunks main, MailEvents mail) {
    String headers = string(main.getMessageHeaders());
    boolean fromHeaders = false;
    if (!headers.isEmpty()) {
      for (String line : unfold(headers)) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String field = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
        if (field.equals("from") || field.equals("reply-to") || field.equals("sender")) {
          for (MailAddresses.Entry e : MailAddresses.parse(line.substring(colon + 1))) {
            mail.address(field, e.name(), e.address());
            fromHeaders |= field.equals("from");
          }
        }
      }
    }
    if (!fromHeaders) {
      mail.address("from", string(main.getDisplayFromChunk()), string(main.getEmailFromChunk()));
    }
  }

  private static List<String> unfold(String headers) {
    return List.of(headers.replaceAll("\r?\n[ \t]+", " ").split("\r?\n"));
  }

  /** PR_RECIPIENT_TYPE: 1 To, 2 Cc, 3 Bcc. */
  private static String role(RecipientChunks r) {
    List<PropertyValue> type = r.getProperties().get(MAPIProperty.RECIPIENT_TYPE);
    if (type != null && !type.isEmpty() && type.get(0).getValue() instanceof Number n) {
      return switch (n.intValue()) {
        case 2 -> "cc";
        case 3 -> "bcc";
        default -> "to";
      };
    }
    return "to";
  }

  private static void body(MAPIMessage msg, MailEvents mail)
      throws IOException, ExtractionException {
    Chunks main = msg.getMainChunks();
    String text = string(main.getTextBodyChunk());
    if (!text.isBlank()) {
      mail.bodyText(text);
      return;
    }
    String html = null;
    try {
      html = msg.getHtmlBody();
    } catch (Exception e) {
      html = null;
    }
    if (html != null && !html.isBlank()) {
      HtmlExtractor.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
          mail.context(), mail.out(), MailEvents.BODY);
      return;
    }
    String rtf = null;
    try {
      rtf = msg.getRtfBody();
    } catch (Exception e) {
      rtf = null;
    }
    if (rtf != null && !rtf.isBlank()) {
      RtfExtractor.read(new ByteArrayInputStream(rtf.getBytes(StandardCharsets.ISO_8859_1)),
          mail.context(), mail.out());
    }
  }

  private static void attachment(AttachmentChunks a, MailEvents mail, POIFSFileSystem fs,
      long fileSize) throws IOException, ExtractionException {
    String name = string(a.getAttachLongFileName());
    if (name.isEmpty()) {
      name = string(a.getAttachFileName());
    }
    if (name.isEmpty()) {
      name = string(a.getAttachDisplayName());
    }
    DirectoryChunk storage = a.getAttachmentDirectory();
    if (storage != null) {
      // an attached message or OLE object: its storage becomes an OLE2 file of its own
      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      try (POIFSFileSystem own = new POIFSFileSystem()) {
        EntryUtils.copyNodes(storage.getDirectory(), own.getRoot());
        own.writeFilesystem(copy);
      }
      if (a.isEmbeddedMessage() && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".msg")) {
        name = name.isEmpty() ? "message.msg" : name + ".msg";
      }
      mail.attachment(name, new ByteArrayInputStream(copy.toByteArray()));
      return;
    }
    mail.attachment(name, attachedData(a, fs, fileSize));
  }

  /**
   * The attachment's data stream (PR_ATTACH_DATA_BIN), read from the storage as a stream: POI's
   * own {@code getAttachData().getValue()} allocates whatever size the directory entry claims,
   * so a damaged entry claiming gigabytes in a small file would exhaust the heap. A claim larger
   * than the whole file is damage.
   */
  private static InputStream attachedData(AttachmentChunks a, POIFSFileSystem fs, long fileSize)
      throws IOException, ExtractionException {
    if (a.getAttachData() == null) {
      return new ByteArrayInputStream(new byte[0]);
    }
    String stream = String.format(java.util.Locale.ROOT, "__substg1.0_%04X0102",
        MAPIProperty.ATTACH_DATA.id);
    Entry data;
    try {
      Entry storage = fs.getRoot().getEntryCaseInsensitive(a.getPOIFSName());
      if (!(storage instanceof DirectoryEntry dir)) {
        return new ByteArrayInputStream(new byte[0]);
      }
      data = dir.getEntryCaseInsensitive(stream);
    } catch (java.io.FileNotFoundException e) {
      return new ByteArrayInputStream(new byte[0]);
    }
    if (!(data instanceof DocumentEntry doc)) {
      return new ByteArrayInputStream(new byte[0]);
    }
    if (doc.getSize() > fileSize) {
      throw new ExtractionException(Reason.CORRUPT, String.format(java.util.Locale.ROOT,
          "An attachment of the Outlook message claims %,d bytes, more than the whole file",
          (long) doc.getSize()));
    }
    return new DocumentInputStream(doc);
  }

  private static String string(StringChunk chunk) {
    if (chunk == null) {
      return "";
    }
    String v = chunk.getValue();
    return v == null ? "" : v.strip();
  }
}
