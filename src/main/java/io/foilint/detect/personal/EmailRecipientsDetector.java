package io.foilint.detect.personal;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The senders and recipients an e-mail's headers name. An officer's own address in From and
 * colleagues in To or Cc are what a released e-mail is expected to show: INFO, listed masked.
 * A person outside the organisation — an address at a webmail or consumer provider (a member of
 * the public), or a recipient at a domain that is neither the sender's organisation nor a public
 * body — is REVIEW: a requester's or complainant's name and address must not be published.
 * Blind copies are said to be such, since the other recipients never saw them. The organisation
 * is the public bodies' domains the headers hold ({@link MailDomains}), else the sender's domain.
 * One judgement per message (an attached message is judged on its own).
 */
@Rule(
    id = "email-recipients",
    severity = Severity.REVIEW,
    summary = "An e-mail names senders or recipients outside the organisation, such as members"
        + " of the public",
    fix = "Remove or redact the names and addresses of people outside the organisation from the"
        + " headers before release: save the message as a PDF and redact it (Outlook: File > Save"
        + " As, or Print > Microsoft Print to PDF; Thunderbird: File > Print > Save as PDF), or"
        + " copy only the text meant for release into a new document, and scan it again")
public final class EmailRecipientsDetector extends Detector {

  private static final int SAMPLES = 4;

  private record Party(String role, String value, String domain) {}

  private final Map<String, List<Party>> messages = new LinkedHashMap<>();
  private final Map<String, Location> locations = new LinkedHashMap<>();

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.EMAIL_ADDRESS) {
      return;
    }
    String container = fact.location().container();
    locations.putIfAbsent(container, new Location(container, fact.location().place(), ""));
    messages.computeIfAbsent(container, k -> new ArrayList<>())
        .add(new Party(fact.get(FactAttr.ROLE), fact.value(), MailDomains.domain(fact.get(FactAttr.ADDRESS))));
  }

  @Override
  public void finish() {
    for (Map.Entry<String, List<Party>> m : messages.entrySet()) {
      judge(locations.get(m.getKey()), m.getValue());
    }
  }

  private void judge(Location where, List<Party> parties) {
    Set<String> organisation = new LinkedHashSet<>();
    for (Party p : parties) {
      if (MailDomains.isPublicSector(p.domain())) {
        organisation.add(p.domain());
      }
    }
    if (organisation.isEmpty()) {
      for (Party p : parties) {
        if (isSender(p) && !p.domain().isEmpty() && !MailDomains.isPersonal(p.domain())) {
          organisation.add(p.domain());
        }
      }
    }
    List<String> outside = new ArrayList<>();
    List<String> inside = new ArrayList<>();
    boolean blind = false;
    boolean public_ = false;
    for (Party p : parties) {
      String shown = p.role() + ": " + Evidence.mask(p.value());
      boolean personal = MailDomains.isPersonal(p.domain());
      boolean ours = organisation.stream().anyMatch(o -> MailDomains.sameOrganisation(o, p.domain()));
      // a name without an address (an Exchange account, a display name) is taken as a colleague's
      boolean outsider = personal || (!p.domain().isEmpty() && !ours);
      if (outsider) {
        outside.add(shown);
        blind |= p.role().equals("bcc");
        public_ |= personal;
      } else {
        inside.add(shown);
      }
    }
    if (!outside.isEmpty()) {
      report(
          Severity.REVIEW,
          where,
          "The e-mail's headers name " + outside.size()
              + (outside.size() == 1 ? " person" : " people") + " outside the sender's organisation"
              + (public_ ? ", at personal mail addresses (members of the public)" : "")
              + (blind ? ", some as blind copies (Bcc) the other recipients never saw" : "")
              + " — a requester's or complainant's name and address are personal data: "
              + String.join("; ", outside.subList(0, Math.min(SAMPLES, outside.size())))
              + (outside.size() > SAMPLES ? " and " + (outside.size() - SAMPLES) + " more" : ""),
          String.join("; ", outside.subList(0, Math.min(SAMPLES, outside.size()))));
    }
    if (!inside.isEmpty()) {
      report(
          Severity.INFO,
          where,
          "The e-mail's headers name its sender and recipients within the organisation: "
              + String.join("; ", inside.subList(0, Math.min(SAMPLES, inside.size())))
              + (inside.size() > SAMPLES ? " and " + (inside.size() - SAMPLES) + " more" : ""),
          String.join("; ", inside.subList(0, Math.min(SAMPLES, inside.size()))));
    }
  }

  private static boolean isSender(Party p) {
    return p.role().equals("from") || p.role().equals("sender");
  }
}
