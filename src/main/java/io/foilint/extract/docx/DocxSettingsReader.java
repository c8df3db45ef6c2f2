package io.foilint.extract.docx;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.xlsx.XlsxPackageParts;
import io.foilint.extract.xlsx.XlsxXmlReader;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * What a Word document says about where it came from and what it reaches: the attached template
 * (its path often names the author's user folder) and the mail-merge data source with its query
 * (a path to a staff or client list) from settings.xml; the people part of modern comments
 * (authors); comment bookkeeping parts (no text); and every other outside link (linked
 * pictures, objects, sub-documents) except hyperlinks, which show on the page.
 */
final class DocxSettingsReader {

  private static final List<String> COMMENT_BOOKKEEPING =
      List.of("/commentsExtended", "/commentsIds", "/commentsExtensible");

  private final XlsxPackageParts parts;
  private final ContentHandler out;
  /** The settings parts read: their template and mail-merge links are explained by them. */
  private final Set<String> settingsParts = new HashSet<>();

  DocxSettingsReader(XlsxPackageParts parts, ContentHandler out) {
    this.parts = parts;
    this.out = out;
  }

  /** The settings, people and comment bookkeeping parts of one document (main or glossary). */
  void readFor(String main) throws ExtractionException {
    for (XlsxPackageParts.Link link : parts.linksFrom(main, "/settings")) {
      Optional<PackagePart> part = parts.part(link.target());
      if (part.isPresent() && !link.external()) {
        parts.handled(link.target());
        settingsParts.add(link.target());
        settings(link.target(), part.get());
      }
    }
    for (XlsxPackageParts.Link link : parts.linksFrom(main, "/webSettings")) {
      Optional<PackagePart> part = parts.part(link.target());
      if (part.isPresent() && !link.external()) {
        parts.handled(link.target());
        webSettings(link.target(), part.get());
      }
    }
    for (XlsxPackageParts.Link link : parts.linksFrom(main, "/people")) {
      Optional<PackagePart> part = parts.part(link.target());
      if (part.isPresent() && !link.external()) {
        parts.handled(link.target());
        people(link.target(), part.get());
      }
    }
    for (String type : COMMENT_BOOKKEEPING) {
      // ids, dates and "resolved" flags of the comments read from comments.xml: no text
      parts.linksFrom(main, type).forEach(l -> parts.handled(l.target()));
    }
  }

  private void settings(String name, PackagePart part) throws ExtractionException {
    String query = "";
    String connect = "";
    String source = "";
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.nextStart()) {
        switch (xml.local()) {
          case "attachedTemplate" -> parts.target(name, xml.relAttr("id"))
              .ifPresent(t -> templatePath(name, t));
          case "query" -> query = xml.attr("val");
          case "connectString" -> connect = xml.attr("val");
          case "dataSource" -> source = parts.target(name, xml.relAttr("id")).orElse(source);
          default -> {}
        }
      }
    }
    if (!(query + connect + source).isBlank()) {
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("type", "Word mail merge");
      attrs.put("command", query);
      out.fact(new Fact(FactKind.DATA_CONNECTION, Location.of(name, "mail merge"),
          "mail merge data source", (source + " " + connect).strip(), attrs));
    }
  }

  /**
   * Web settings hold layout options, and frames: a frameset page loads other files (local or on
   * the web) into the document when it is opened, so each frame's source is an outside link.
   */
  private void webSettings(String name, PackagePart part) throws ExtractionException {
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.nextStart()) {
        if (xml.local().equals("sourceFileName") && !xml.attr("val").isBlank()) {
          out.fact(new Fact(FactKind.DATA_CONNECTION, Location.of(name, "frame"),
              "frame source", xml.attr("val"), FactAttr.attrs().put(FactAttr.TYPE, "Word frame loading an outside page").build()));
        }
      }
    }
  }

  private void templatePath(String settings, String target) {
    // "Normal.dotm" alone says nothing; a folder path can name the user who wrote the letter
    if (target.contains("/") || target.contains("\\")) {
      out.fact(new Fact(FactKind.SAVE_PATH, Location.of(settings, "attached template"),
          "attachedTemplate", target));
    }
  }

  private void people(String name, PackagePart part) throws ExtractionException {
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.nextStart()) {
        if (xml.local().equals("person")) {
          out.fact(new Fact(FactKind.COMMENT_AUTHOR, Location.of(name), xml.attr("author"),
              xml.attr("author")));
        } else if (xml.local().equals("presenceInfo")) {
          // the signed-in account of the author (e-mail address or SID)
          String user = xml.attr("userId");
          if (!user.isBlank()) {
            out.fact(new Fact(FactKind.COMMENT_AUTHOR, Location.of(name), user, user,
                FactAttr.attrs().put(FactAttr.PROVIDER, xml.attr("providerId")).build()));
          }
        }
      }
    }
  }

  /**
   * External relationships of every part, except hyperlinks and the template and mail-merge links
   * of a settings part (reported by it); a template linked from anywhere else is an outside link.
   */
  void outsideLinks() {
    int reported = 0;
    for (PackagePart part : parts.all()) {
      String source = XlsxPackageParts.stripSlash(part.getPartName().getName());
      for (XlsxPackageParts.Link l : parts.linksFrom(source)) {
        boolean explainedBySettings = settingsParts.contains(source)
            && (l.typeEndsWith("/attachedTemplate") || l.typeEndsWith("/mailMergeSource")
                || l.typeEndsWith("/recipientData"));
        if (!l.external() || l.typeEndsWith("/hyperlink") || explainedBySettings
            || l.target().isBlank() || reported >= 200) {
          continue;
        }
        reported++;
        String kind = l.type().substring(l.type().lastIndexOf('/') + 1);
        out.fact(new Fact(FactKind.DATA_CONNECTION, Location.of(source), "linked " + kind,
            l.target(), FactAttr.attrs().put(FactAttr.TYPE, "Word link to an outside " + kind).build()));
      }
    }
  }
}
