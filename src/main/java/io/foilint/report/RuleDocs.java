package io.foilint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's page, docs/rules/&lt;id&gt;.md, as the jar carries it: the pom copies docs/rules to
 * {@code io/foilint/rules/} on the classpath, so reports need no second copy in git and never
 * depend on where the repository is.
 */
final class RuleDocs {

  private static final Map<String, String> PAGES = new ConcurrentHashMap<>();
  /** {@code [text](other-rule.md)} or {@code (other-rule.md#part)}: links between rule pages. */
  private static final Pattern RULE_LINK = Pattern.compile("\\]\\(([a-z0-9-]+\\.md(?:#[A-Za-z0-9_-]*)?)\\)");
  private static final Pattern SECTION = Pattern.compile("(?m)^## (.+)$");

  private RuleDocs() {}

  /** The page's Markdown; empty when the rule has no page on the classpath. */
  static String markdown(String ruleId) {
    return PAGES.computeIfAbsent(ruleId, RuleDocs::load);
  }

  private static String load(String ruleId) {
    try (InputStream in = RuleDocs.class.getResourceAsStream("/io/foilint/rules/" + ruleId + ".md")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page with links to other rule pages made absolute under {@code docsUrl}. */
  static String markdown(String ruleId, String docsUrl) {
    return RULE_LINK.matcher(markdown(ruleId)).replaceAll(m -> Matcher.quoteReplacement("](" + docsUrl + m.group(1) + ")"));
  }

  /**
   * The first paragraph of a section ({@code What it catches}), as plain text: Markdown emphasis,
   * code marks and link targets dropped, lines joined. Empty when the page has no such section.
   */
  static String firstParagraph(String ruleId, String section) {
    String page = markdown(ruleId);
    Matcher m = SECTION.matcher(page);
    while (m.find()) {
      if (m.group(1).strip().startsWith(section)) {
        String rest = page.substring(m.end()).strip();
        int end = rest.indexOf("\n\n");
        String para = end < 0 ? rest : rest.substring(0, end);
        if (para.startsWith("#")) {
          return "";
        }
        return plain(para);
      }
    }
    return "";
  }

  /** Markdown to readable plain text: {@code **x**} → x, {@code `x`} → x, {@code [x](y)} → x. */
  static String plain(String markdown) {
    return markdown
        .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replace("**", "")
        .replace("`", "")
        .replaceAll("\\s*\\n\\s*", " ")
        .strip();
  }
}
