package io.foilint.detect.personal.names;

import java.util.Set;

/**
 * The words that tell a value is not a person's name: legal forms and public bodies, team and
 * department words, default accounts and the names applications write as a document's author.
 * All lower case; {@link PersonOrPlaceholder} decides how each list is used (a legal form at the
 * end, a team word at the end or throughout, an account word anywhere).
 */
final class NotPersonWords {

  private NotPersonWords() {}

  /** Legal forms: a name ending in one of these is a company ("Robert Bosch GmbH"). */
  static final Set<String> LEGAL_FORMS =
      Set.of("ltd", "limited", "gmbh", "plc", "inc", "incorporated", "llp", "llc", "lp", "corp",
          "corporation", "corporations", "co", "company", "kft", "ag", "kg", "sa", "sas", "sarl",
          "srl", "spa", "bv", "nv", "oy", "oyj", "ab", "pty", "pvt", "cic", "kk", "sro", "zrt");

  /**
   * Public bodies and other organisations: a name ending in one of these, or starting with one
   * followed by "of" or "for" ("Department of Justice"), is an organisation.
   */
  static final Set<String> BODIES =
      Set.of("council", "constabulary", "police", "trust", "commission", "authority", "agency",
          "university", "college", "school", "academy", "hospital", "ministry", "bank",
          "insurance", "consulting", "consultants", "consultancy", "solutions", "group",
          "foundation", "association", "society", "institute", "institution", "federation",
          "board", "government", "court", "tribunal", "parliament", "assembly", "executive",
          "partnership", "partners", "charity", "nhs", "fire", "rescue", "ombudsman",
          "inspectorate", "regulator", "commissioner", "library", "museum", "center", "centre",
          "department", "office", "service", "services", "bureau", "corporation", "industries",
          "holdings", "enterprises", "technologies", "systems", "software", "labs", "laboratory");

  /** Team, unit and department heads: a name ending in one of these is a team ("Disclosure Team"). */
  static final Set<String> TEAM_HEADS =
      Set.of("team", "teams", "unit", "department", "dept", "office", "services", "service",
          "section", "division", "directorate", "branch", "desk", "secretariat", "helpdesk",
          "centre", "center", "hub", "bureau", "programme", "program", "committee", "panel",
          "project", "facility", "group", "function", "cell", "squad", "command", "support");

  /**
   * Work that teams do: a name made only of these ("Information Governance", "Press", "HR") or
   * ending in one after words that are not a person's name is a team.
   */
  static final Set<String> FUNCTIONS =
      Set.of("governance", "communications", "communication", "comms", "disclosure",
          "disclosures", "press", "finance", "financial", "hr", "human", "resources",
          "information", "it", "ict", "foi", "foia", "freedom", "legal", "compliance", "records",
          "corporate", "data", "protection", "rights", "media", "marketing", "policy", "planning",
          "performance", "research", "statistics", "statistical", "analysis", "analytics",
          "insight", "insights", "intelligence", "procurement", "payroll", "estates",
          "facilities", "operations", "operational", "strategy", "strategic", "business",
          "implementation", "digital", "transformation", "audit", "risk", "security",
          "safeguarding", "complaints", "correspondence", "public", "relations", "external",
          "internal", "affairs", "management", "administration", "accounts", "enquiries", "reporting", "development", "quality", "assurance", "health",
          "safety", "workforce", "people", "learning", "training", "technical", "technology",
          "engineering", "sales", "and", "of", "the", "&", "for");

  /**
   * Default and service accounts and placeholders applications write as an author ("Microsoft
   * Office User", "Administrator", "Owner", "Windows ユーザー", "Sample Author 1").
   */
  static final Set<String> ACCOUNTS =
      Set.of("user", "users", "benutzer", "utilisateur", "usuario", "utente", "gebruiker",
          "användare", "bruker", "bruger", "käyttäjä", "uživatel", "użytkownik", "felhasználó",
          "пользователь", "ユーザー", "ユーザ", "用户", "用戶", "사용자", "admin", "administrator",
          "administrateur", "administrador", "amministratore", "administrátor", "owner",
          "propriétaire", "eigentümer", "besitzer", "propietario", "proprietario", "guest",
          "customer", "employee", "worker", "anonymous", "nobody", "unknown", "none", "null",
          "test", "tester", "testing", "server", "reporter", "author", "creator", "autor",
          "auteur", "автор", "作者", "default", "system", "sysadmin", "root", "build", "sample",
          "example", "demo", "dummy", "placeholder", "unprivileged", "registered", "name",
          "pdf", "xmp", "dc", "ieuser", "officeuser", "satisfied", "valued", "preferred");

  /** Accounts written inside one word in scripts without spaces ("微软用户"). */
  static final String[] ACCOUNT_INFIXES = {"ユーザー", "用户", "用戶", "사용자"};

  /** Applications and their makers, written as a whole value ("Calc", "Java Excel API"). */
  static final Set<String> APPLICATIONS =
      Set.of("calc", "excel", "microsoft", "microsoft excel", "microsoft office", "apache poi",
          "poi", "java excel api", "jxl", "openpyxl", "xlsxwriter", "libreoffice", "openoffice",
          "openoffice.org", "crystal reports", "crystal decisions", "deltacad",
          "thinstall portable", "ntko", "ibm spss export facility", "spss", "sas", "pdfbox",
          "itext", "tcpdf", "fpdf", "wkhtmltopdf", "acrobat", "adobe", "adobe acrobat",
          "pdfcreator", "aspose", "epplus", "closedxml", "phpexcel", "phpspreadsheet",
          "spreadsheetgear", "gembox", "syncfusion", "npoi", "jexcelapi", "schemasoft",
          "windows", "office", "writer", "word", "numbers", "gnumeric", "wps", "kingsoft");

  /**
   * English words of one or two letters that, written in capitals, are words and not initials
   * ("LIGHT IN", "A WAY").
   */
  static final Set<String> SHORT_WORDS =
      Set.of("a", "i", "in", "it", "is", "on", "of", "to", "at", "by", "an", "as", "or", "up",
          "so", "no", "go", "do", "be", "we", "me", "my", "he", "us", "if", "am", "oh", "ok");
}
