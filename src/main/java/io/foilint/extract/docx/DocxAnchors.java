package io.foilint.extract.docx;

import java.util.HashMap;
import java.util.Map;

/**
 * What the main document says about its other stories, so their findings name a place an officer
 * can find: the paragraph each comment is anchored to, and which header or footer (first page,
 * even pages, default; which section) each header/footer relationship is.
 */
final class DocxAnchors {

  private static final int MAX = 50_000;

  private final Map<String, String> commentPlaces = new HashMap<>();
  private final Map<String, String> storyLabels = new HashMap<>();

  void comment(String id, String place) {
    if (id != null && !id.isEmpty() && commentPlaces.size() < MAX) {
      commentPlaces.putIfAbsent(id, place);
    }
  }

  String commentPlace(String id) {
    return commentPlaces.getOrDefault(id, "");
  }

  /** {@code type} = default, first or even (w:headerReference/@w:type). */
  void headerFooter(String relId, String element, int section, String type) {
    if (relId == null || relId.isEmpty() || storyLabels.size() >= MAX) {
      return;
    }
    String which = switch (type) {
      case "first" -> " (first page)";
      case "even" -> " (even-numbered pages)";
      default -> "";
    };
    String noun = element.startsWith("footer") ? "footer" : "header";
    storyLabels.putIfAbsent(relId, noun + which + ", section " + section);
  }

  /** The label of a header/footer relationship, or "" when no section refers to it. */
  String storyLabel(String relId) {
    return storyLabels.getOrDefault(relId, "");
  }
}
