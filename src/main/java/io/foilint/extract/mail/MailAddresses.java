package io.foilint.extract.mail;

import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/** An address header's mailboxes (groups opened), parsed leniently as mail clients do. */
final class MailAddresses {

  record Entry(String name, String address) {}

  /** At most this many addresses from one header (a list of thousands says what a few say). */
  private static final int MAX = 1_000;

  private MailAddresses() {}

  static List<Entry> parse(String headerValue) {
    List<Entry> entries = new ArrayList<>();
    try {
      for (Address a : LenientAddressParser.DEFAULT.parseAddressList(headerValue)) {
        if (a instanceof Mailbox m) {
          add(entries, m);
        } else if (a instanceof Group g) {
          for (Mailbox m : g.getMailboxes()) {
            add(entries, m);
          }
        }
        if (entries.size() >= MAX) {
          break;
        }
      }
    } catch (RuntimeException e) {
      // not an address list: keep the words as a name, so they are still judged
      entries.add(new Entry(EmlExtractor.decode(headerValue), ""));
    }
    return entries;
  }

  private static void add(List<Entry> entries, Mailbox m) {
    String name = m.getName() == null ? "" : EmlExtractor.decode(m.getName());
    String address = m.getAddress() == null ? "" : m.getAddress();
    entries.add(new Entry(name, address));
  }
}
