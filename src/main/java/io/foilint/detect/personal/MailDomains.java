package io.foilint.detect.personal;

import java.util.Locale;
import java.util.Set;

/**
 * What an e-mail address's domain says about its owner: a public body (UK and other government,
 * police, NHS, schools and universities, parliaments), a personal mailbox at a webmail or
 * consumer provider (a member of the public), or neither. Used to tell an officer's colleagues
 * from the people a public body writes to.
 */
final class MailDomains {

  /** Domain endings of public bodies; an address under one is an official's. */
  private static final Set<String> PUBLIC_SECTOR = Set.of(
      "gov.uk", "police.uk", "nhs.uk", "nhs.net", "mod.uk", "parliament.uk", "gov.scot",
      "gov.wales", "llyw.cymru", "sch.uk", "ac.uk", "judiciary.uk", "cjsm.net", "hscni.net",
      "gov.je", "gov.gg", "gov.im", "gov.ie", "gov", "mil", "europa.eu", "gc.ca", "gov.au",
      "govt.nz");

  /** Webmail and consumer providers: an address there is a private person's. */
  private static final Set<String> PERSONAL = Set.of(
      "gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk", "outlook.com", "live.com",
      "live.co.uk", "msn.com", "yahoo.com", "yahoo.co.uk", "ymail.com", "aol.com", "aol.co.uk",
      "icloud.com", "me.com", "mac.com", "btinternet.com", "btopenworld.com", "sky.com",
      "talktalk.net", "virginmedia.com", "blueyonder.co.uk", "ntlworld.com", "protonmail.com",
      "proton.me", "pm.me", "gmx.com", "gmx.co.uk", "mail.com", "tiscali.co.uk", "zoho.com",
      "fastmail.com", "hey.com", "tutanota.com", "yandex.com", "qq.com");

  private MailDomains() {}

  /** The domain of an address in lower case; empty when it has none (a name, an Exchange DN). */
  static String domain(String address) {
    int at = address.lastIndexOf('@');
    if (at < 0 || at == address.length() - 1) {
      return "";
    }
    return address.substring(at + 1).strip().toLowerCase(Locale.ROOT).replaceAll("[>.\\s]+$", "");
  }

  static boolean isPublicSector(String domain) {
    return endsWithAny(domain, PUBLIC_SECTOR);
  }

  static boolean isPersonal(String domain) {
    return endsWithAny(domain, PERSONAL);
  }

  /** Whether two domains belong to one organisation: equal, or one a subdomain of the other. */
  static boolean sameOrganisation(String a, String b) {
    return !a.isEmpty() && !b.isEmpty()
        && (a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a));
  }

  private static boolean endsWithAny(String domain, Set<String> endings) {
    if (domain.isEmpty()) {
      return false;
    }
    String d = domain;
    while (true) {
      if (endings.contains(d)) {
        return true;
      }
      int dot = d.indexOf('.');
      if (dot < 0) {
        return false;
      }
      d = d.substring(dot + 1);
    }
  }
}
