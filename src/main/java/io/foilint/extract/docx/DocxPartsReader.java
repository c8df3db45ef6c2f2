package io.foilint.extract.docx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.xlsx.OfficeCommonParts;
import io.foilint.extract.xlsx.XlsxPackageParts;
import io.foilint.extract.xlsx.XlsxXmlReader;
import io.foilint.model.ContentHandler;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.source.UninspectedParts;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Reads every part of a Word package, found through relationships and content types, never by
 * fixed names: the main document and each story it links to (headers, footers, footnotes,
 * endnotes, comments, the glossary) with {@link WordStoryReader}; settings, comment people and
 * outside links with {@link DocxSettingsReader}; then the parts Word shares with Excel, read by
 * the same readers as xlsx (document properties, custom XML, VBA and embedded documents, which
 * the engine scans with their inner path). Every other part goes to {@link UninspectedParts}.
 */
final class DocxPartsReader {

  private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

  /**
   * Parts that hold formatting only — fonts, list numbering, theme, web and style variants — and
   * no text a reader could miss. Known by content type, they are read as "nothing to report".
   */
  private static final Set<String> FORMATTING_ONLY =
      Set.of(
          WML + "fonttable+xml",
          // keyboard shortcuts, and the macro names and keys of the VBA project reported as such
          "application/vnd.ms-word.keymapcustomizations+xml",
          "application/vnd.ms-word.vbadata+xml",
          "application/vnd.ms-office.chartstyle+xml",
          "application/vnd.ms-office.chartcolorstyle+xml",
          "application/vnd.openxmlformats-officedocument.drawingml.diagramlayout+xml",
          "application/vnd.openxmlformats-officedocument.drawingml.diagramstyle+xml",
          "application/vnd.openxmlformats-officedocument.drawingml.diagramcolors+xml",
          // a rendered copy of the words in the diagram's data part, which is read
          "application/vnd.ms-office.drawingml.diagramdrawing+xml",
          WML + "numbering+xml",
          WML + "styles+xml",
          "application/vnd.ms-word.styleswitheffects+xml",
          "application/vnd.openxmlformats-officedocument.theme+xml",
          "application/vnd.ms-office.themefamily+xml");

  private static final List<String> STORIES =
      List.of("/header", "/footer", "/footnotes", "/endnotes", "/comments", "/glossaryDocument");

  private final XlsxPackageParts parts;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final DocxAnchors anchors = new DocxAnchors();

  DocxPartsReader(OPCPackage pkg, ExtractionContext context, ContentHandler out)
      throws ExtractionException {
    this.parts = XlsxPackageParts.indexParts(pkg);
    this.context = context;
    this.out = out;
  }

  void readAll() throws IOException, ExtractionException {
    String main = parts.mainPart(
        "The Word document has no main document part, so its text cannot be read.");
    DocxSettingsReader settings = new DocxSettingsReader(parts, out);
    readStories(main, styles(main), "", settings);
    settings.outsideLinks();
    OfficeCommonParts.readAll(parts, context, out);
    reportUninspected();
  }

  private DocxStyles styles(String from) throws ExtractionException {
    for (XlsxPackageParts.Link link : parts.linksFrom(from, "/styles")) {
      Optional<PackagePart> part = parts.part(link.target());
      if (part.isPresent()) {
        parts.handled(link.target());
        try (XlsxXmlReader xml = XlsxXmlReader.open(part.get())) {
          return DocxStyles.read(xml);
        }
      }
    }
    return DocxStyles.none();
  }

  /**
   * The main document first (it names the headers and anchors the comments), then the stories it
   * links to. The glossary is a document of its own, with its own stories and settings, none of
   * them shown on any page: they are read with {@code prefix} "glossary ".
   */
  private void readStories(String main, DocxStyles styles, String prefix,
      DocxSettingsReader settings) throws ExtractionException {
    boolean glossary = !prefix.isEmpty();
    read(glossary ? new WordStory(main, TextKind.OTHER, Visibility.EMBEDDED_PART,
        "glossary (building blocks)", "") : WordStory.main(main), styles);
    settings.readFor(main);
    for (String type : STORIES) {
      for (XlsxPackageParts.Link link : parts.linksFrom(main, type)) {
        if (link.external() || parts.isHandled(link.target())) {
          continue;
        }
        String name = link.target();
        if (type.equals("/glossaryDocument")) {
          if (!glossary) {
            readStories(name, styles(name), "glossary ", settings);
          }
          continue;
        }
        WordStory story = switch (type) {
          case "/header", "/footer" -> {
            String label = anchors.storyLabel(link.id());
            yield new WordStory(name, TextKind.HEADER_FOOTER, Visibility.VISIBLE, prefix
                + (label.isEmpty() ? type.substring(1) + " no section uses (" + name + ")" : label), "");
          }
          case "/footnotes" -> new WordStory(name, TextKind.BODY, Visibility.VISIBLE, prefix + "footnotes", "footnote");
          case "/endnotes" -> new WordStory(name, TextKind.BODY, Visibility.VISIBLE, prefix + "endnotes", "endnote");
          default -> new WordStory(name, TextKind.COMMENT, Visibility.COMMENT, prefix + "comments", "comment");
        };
        if (glossary && story.kind() != TextKind.COMMENT) {
          story = new WordStory(name, story.kind(), Visibility.EMBEDDED_PART, story.place(), story.unit());
        }
        read(story, styles);
        context.checkDeadline();
      }
    }
  }

  private void read(WordStory story, DocxStyles styles) throws ExtractionException {
    Optional<PackagePart> part = parts.part(story.part());
    if (part.isEmpty()) {
      return;
    }
    parts.handled(story.part());
    try (XlsxXmlReader xml = XlsxXmlReader.open(part.get())) {
      new WordStoryReader(story, styles, anchors, out, context)
          .pictureTargets(id -> parts.linksFrom(story.part()).stream()
              .filter(l -> l.id().equals(id) && !l.external()).map(XlsxPackageParts.Link::target)
              .findFirst().orElse(""))
          .read(xml);
    }
  }

  private void reportUninspected() throws IOException, ExtractionException {
    parts.reportUnread(new UninspectedParts(out, context), FORMATTING_ONLY,
        // a document story no relationship reaches: text that no reader of the document sees
        type -> type.startsWith(WML) && type.endsWith("main+xml")
            || type.endsWith("header+xml") || type.endsWith("footer+xml")
            || type.endsWith("comments+xml") || type.endsWith("footnotes+xml")
            || type.endsWith("endnotes+xml")
            ? "document text that no page of the document shows" : null, context);
  }
}
