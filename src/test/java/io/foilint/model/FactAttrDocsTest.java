package io.foilint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the "attrs: ..." lists in {@link FactKind}'s javadoc true (in the spirit of Checkstyle's
 * meta-tests): every attribute a kind's javadoc names is a {@link FactAttr} constant, and every
 * constant is named by at least one kind, so a newcomer reading FactKind finds the keys to use.
 */
class FactAttrDocsTest {

  private static final Path FACT_KIND = Path.of("src/main/java/io/foilint/model/FactKind.java");

  @Test
  void everyDocumentedAttributeIsAConstantAndEveryConstantIsDocumented() throws IOException {
    Set<String> documented = documentedAttrs(Files.readString(FACT_KIND));
    Set<String> declared =
        FactAttr.all().stream().map(FactAttr::name).collect(Collectors.toCollection(TreeSet::new));

    assertThat(documented).as("attribute names in FactKind's 'attrs:' lists").isNotEmpty();
    assertThat(declared).as("FactAttr constants").containsExactlyElementsOf(documented);
  }

  @Test
  void constantNamesAreUnique() {
    assertThat(FactAttr.all()).extracting(FactAttr::name).doesNotHaveDuplicates();
  }

  @Test
  void readsWhatTheOldStringAccessorsRead() {
    Fact fact = new Fact(FactKind.VBA_PROJECT, Location.of(""), "", "",
        FactAttr.attrs().put(FactAttr.BYTES, 12).put(FactAttr.SCANNED, true).put(FactAttr.STATE, "hidden").build());
    assertThat(fact.attrs()).containsEntry("bytes", "12").containsEntry("scanned", "true").containsEntry("state", "hidden");
    assertThat(fact.get(FactAttr.BYTES)).isEqualTo(12);
    assertThat(fact.get(FactAttr.SCANNED)).isTrue();
    assertThat(fact.get(FactAttr.STATE)).isEqualTo("hidden");
    // Absent or malformed values read as the type's empty value, as intAttr/flag/attr did.
    assertThat(fact.get(FactAttr.MODULES)).isZero();
    assertThat(fact.get(FactAttr.HIDDEN)).isFalse();
    assertThat(fact.get(FactAttr.SERVER)).isEmpty();
    Fact odd = new Fact(FactKind.VBA_PROJECT, Location.of(""), "", "", java.util.Map.of("bytes", " 7 ", "modules", "x"));
    assertThat(odd.get(FactAttr.BYTES)).isEqualTo(7);
    assertThat(odd.get(FactAttr.MODULES)).isZero();
  }

  /** Names in every "attrs:" list: the first word of each comma-separated item. */
  static Set<String> documentedAttrs(String source) {
    Set<String> names = new TreeSet<>();
    Matcher doc = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL).matcher(source);
    while (doc.find()) {
      String text = doc.group(1).replaceAll("\\n\\s*\\*", " ");
      int at = text.indexOf("attrs:");
      if (at < 0) {
        continue;
      }
      String list = text.substring(at + "attrs:".length());
      list = list.replaceAll("\\([^)]*\\)", " ").replaceAll("\\{@[^}]*}", " ");
      int end = list.indexOf('.');
      while (end >= 0 && end + 1 < list.length() && !Character.isWhitespace(list.charAt(end + 1))) {
        end = list.indexOf('.', end + 1);
      }
      if (end >= 0) {
        list = list.substring(0, end);
      }
      for (String item : list.split(",")) {
        Matcher word = Pattern.compile("^\\s*([a-z][A-Za-z]*)").matcher(item);
        if (word.find()) {
          names.add(word.group(1));
        }
      }
    }
    return names;
  }
}
