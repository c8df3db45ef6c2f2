package io.foilint.detect.personal;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailRecipientsDetectorTest {

  private static Events party(Events e, String role, String name, String address) {
    String value = name.isEmpty() ? address : name + " <" + address + ">";
    return e.fact(FactKind.EMAIL_ADDRESS, "message headers", role, value,
        "role", role, "name", name, "address", address);
  }

  private static List<Finding> judge(Events e) {
    return e.feed(new EmailRecipientsDetector());
  }

  @Test
  void aMemberOfThePublicAtAWebmailAddressIsReview() {
    Events e = Events.events();
    party(e, "from", "FOI Unit", "foi@northmere.police.uk");
    party(e, "to", "Grace Pellow", "grace.pellow@gmail.com");
    List<Finding> found = judge(e);
    Finding review = found.stream().filter(f -> f.severity() == Severity.REVIEW).findFirst().orElseThrow();
    assertThat(review.rule()).isEqualTo("email-recipients");
    assertThat(review.message()).contains("1 person outside", "members of the public", "to: ");
    assertThat(review.location().place()).isEqualTo("message headers");
    Findings.assertNoneContain(found, "Pellow", "grace.pellow", "Grace");
    assertThat(found).filteredOn(f -> f.severity() == Severity.INFO).hasSize(1);
  }

  @Test
  void aRecipientAtAnotherOrganisationIsReviewAndBlindCopiesAreSaid() {
    Events e = Events.events();
    party(e, "from", "FOI Unit", "foi@north.example.invalid");
    party(e, "bcc", "Aled Quenby", "aled@solicitors.example.invalid");
    Finding review = Findings.only(judge(e).stream().filter(f -> f.severity() == Severity.REVIEW).toList());
    assertThat(review.message()).contains("blind copies (Bcc)").doesNotContain("members of the public");
  }

  @Test
  void colleaguesAndOtherPublicBodiesAreOnlyNoted() {
    Events e = Events.events();
    party(e, "from", "Niamh Hartwell", "niamh.hartwell@northmere.police.uk");
    party(e, "to", "Aled Quenby", "aled.quenby@caldbridge.gov.uk");
    party(e, "cc", "Priya Ostrander", "p.ostrander@hq.northmere.police.uk");
    party(e, "cc", "Exchange Account", "");
    Finding info = Findings.only(judge(e));
    assertThat(info.severity()).isEqualTo(Severity.INFO);
    assertThat(info.message()).contains("within the organisation");
    Findings.assertNoneContain(List.of(info), "Hartwell", "Quenby", "Ostrander");
  }

  @Test
  void withoutAPublicBodyTheSendersDomainIsTheOrganisation() {
    Events e = Events.events();
    party(e, "from", "FOI Unit", "foi@north.example.invalid");
    party(e, "to", "Analyst", "analyst@north.example.invalid");
    party(e, "reply-to", "", "foi@north.example.invalid");
    assertThat(judge(e)).allMatch(f -> f.severity() == Severity.INFO);
  }

  @Test
  void aSenderWritingFromAPersonalMailboxIsReview() {
    Events e = Events.events();
    party(e, "from", "Grace Pellow", "gpellow@hotmail.co.uk");
    party(e, "to", "FOI Unit", "foi@northmere.police.uk");
    Finding review = Findings.only(judge(e).stream().filter(f -> f.severity() == Severity.REVIEW).toList());
    assertThat(review.message()).contains("from: ");
  }

  @Test
  void eachMessageIsJudgedOnItsOwn() {
    Events e = Events.events();
    party(e, "from", "FOI Unit", "foi@north.example.invalid");
    party(e, "to", "Analyst", "analyst@north.example.invalid");
    e.inside("attachment 1");
    party(e, "from", "Grace Pellow", "grace@gmail.com");
    party(e, "to", "FOI Unit", "foi@north.example.invalid");
    List<Finding> found = judge(e);
    assertThat(found).filteredOn(f -> f.severity() == Severity.REVIEW)
        .extracting(f -> f.location().container()).containsExactly("attachment 1");
  }

  @Test
  void domainsAreComparedAsOrganisations() {
    assertThat(MailDomains.domain("A@Example.GOV.UK")).isEqualTo("example.gov.uk");
    assertThat(MailDomains.domain("no-address")).isEmpty();
    assertThat(MailDomains.isPublicSector("west.police.uk")).isTrue();
    assertThat(MailDomains.isPublicSector("police.uk.example.com")).isFalse();
    assertThat(MailDomains.isPersonal("gmail.com")).isTrue();
    assertThat(MailDomains.isPersonal("notgmail.com")).isFalse();
    assertThat(MailDomains.sameOrganisation("hq.north.example", "north.example")).isTrue();
    assertThat(MailDomains.sameOrganisation("evilnorth.example", "north.example")).isFalse();
  }
}
