package io.foilint.extract.slides;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.xlsx.OfficeCommonParts;
import io.foilint.extract.xlsx.XlsxPackageParts;
import io.foilint.extract.xlsx.XlsxXmlReader;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.source.UninspectedParts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Reads every part of a PowerPoint package (pptx, pptm, ppsx, potx; Transitional and Strict),
 * found through relationships from the presentation part, never by fixed names: the slide size,
 * then each slide in the order of the slide list ({@code slide N}) with its notes
 * ({@code slide N notes}, {@link Visibility#SPEAKER_NOTES}) and comments; slides the list does
 * not name; layouts and masters (their text is shown on the slides that use them); comment
 * authors; then the parts PowerPoint shares with Word and Excel, read by the same readers
 * (charts with their caches, SmartArt text, properties, custom XML, VBA and embedded documents,
 * which the engine scans with their inner path). Outside relationships other than hyperlinks are
 * data connections. Every other part goes to {@link UninspectedParts}.
 */
final class PptxPartsReader {

  private static final String PML = "application/vnd.openxmlformats-officedocument.presentationml.";

  /** Parts that hold formatting or view settings only, and no text a reader could miss. */
  private static final Set<String> FORMATTING_ONLY =
      Set.of(
          PML + "presprops+xml",
          PML + "viewprops+xml",
          PML + "tablestyles+xml",
          "application/vnd.openxmlformats-officedocument.theme+xml",
          "application/vnd.openxmlformats-officedocument.themeoverride+xml",
          "application/vnd.ms-office.themefamily+xml",
          "application/vnd.openxmlformats-officedocument.drawingml.diagramlayout+xml",
          "application/vnd.openxmlformats-officedocument.drawingml.diagramstyle+xml",
          "application/vnd.openxmlformats-officedocument.drawingml.diagramcolors+xml",
          // a rendered copy of the words in the diagram's data part, which is read
          "application/vnd.ms-office.drawingml.diagramdrawing+xml");

  private final XlsxPackageParts parts;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final SlideCommentsReader comments;
  private SlideSize size = SlideSize.UNKNOWN;
  private int commentCount;

  PptxPartsReader(OPCPackage pkg, ExtractionContext context, ContentHandler out)
      throws ExtractionException {
    this.parts = XlsxPackageParts.indexParts(pkg);
    this.context = context;
    this.out = out;
    this.comments = new SlideCommentsReader(out);
  }

  void readAll() throws IOException, ExtractionException {
    String main = parts.mainPart(
        "The presentation has no main presentation part, so its slides cannot be read.");
    List<String> slideIds = readPresentation(main);
    readAuthors(main);
    int n = 0;
    for (String slide : slideIds) {
      n++;
      readSlide(slide, "slide " + n, Visibility.VISIBLE);
    }
    // slide parts the presentation links to but does not list: no slideshow or editor shows them
    for (XlsxPackageParts.Link link : parts.linksFrom(main, "/slide")) {
      if (!link.external() && !parts.isHandled(link.target())) {
        readSlide(link.target(), "slide part " + link.target() + " (not in the slide list)",
            Visibility.HIDDEN_SLIDE);
      }
    }
    readTemplates(main);
    outsideLinks();
    OfficeCommonParts.readAll(parts, context, out);
    reportUninspected();
  }

  /** The slide size and the slides' relationship targets in slide-list order. */
  private List<String> readPresentation(String main) throws ExtractionException {
    List<String> slides = new ArrayList<>();
    Optional<PackagePart> part = parts.part(main);
    if (part.isEmpty()) {
      return slides;
    }
    parts.handled(main);
    try (XlsxXmlReader xml = XlsxXmlReader.open(part.get())) {
      while (xml.nextStart()) {
        switch (xml.local()) {
          case "sldSz" -> size = new SlideSize(SlideSize.emu(xml.attr("cx")),
              SlideSize.emu(xml.attr("cy")));
          case "sldId" -> parts.target(main, xml.relAttr("id"))
              .filter(t -> parts.part(t).isPresent() && !slides.contains(t))
              .ifPresent(slides::add);
          default -> {
            // lists of masters, fonts, sections and defaults: read through relationships
          }
        }
      }
    }
    return slides;
  }

  private void readAuthors(String main) throws ExtractionException {
    for (XlsxPackageParts.Link link : parts.linksFrom(main)) {
      if (link.external() || !(link.typeEndsWith("/commentAuthors") || link.typeEndsWith("/authors"))) {
        continue;
      }
      Optional<PackagePart> part = parts.part(link.target());
      if (part.isPresent() && !parts.isHandled(link.target())) {
        parts.handled(link.target());
        try (XlsxXmlReader xml = XlsxXmlReader.open(part.get())) {
          comments.readAuthors(link.target(), xml);
        }
      }
    }
  }

  private void readSlide(String slide, String place, Visibility visibility)
      throws ExtractionException {
    readShapes(slide,
        new SlidePartReader.Part(place, visibility, TextKind.BODY, false, true));
    for (XlsxPackageParts.Link link : parts.linksFrom(slide)) {
      if (link.external() || parts.isHandled(link.target())) {
        continue;
      }
      if (link.typeEndsWith("/notesSlide")) {
        readShapes(link.target(), new SlidePartReader.Part(place + " notes",
            Visibility.SPEAKER_NOTES, TextKind.OTHER, true, false));
      } else if (link.typeEndsWith("/comments")) {
        Optional<PackagePart> part = parts.part(link.target());
        if (part.isPresent()) {
          parts.handled(link.target());
          try (XlsxXmlReader xml = XlsxXmlReader.open(part.get())) {
            commentCount += comments.readComments(xml, place, commentCount);
          }
        }
      }
    }
    context.checkDeadline();
  }

  /** Layouts, masters, the notes and handout masters: text shown around every slide using them. */
  private void readTemplates(String main) throws ExtractionException {
    List<String> queue = new ArrayList<>();
    for (XlsxPackageParts.Link link : parts.linksFrom(main)) {
      if (!link.external() && isTemplate(link)) {
        queue.add(link.target());
      }
    }
    int masters = 0;
    for (int i = 0; i < queue.size() && i < 10_000; i++) {
      String name = queue.get(i);
      if (parts.isHandled(name) || parts.part(name).isEmpty()) {
        continue;
      }
      String type = parts.part(name).get().getContentType().toLowerCase(Locale.ROOT);
      String place = type.contains("slidelayout") ? "slide layout " + name
          : type.contains("notesmaster") ? "notes master"
          : type.contains("handoutmaster") ? "handout master"
          : "slide master " + (++masters);
      readShapes(name, new SlidePartReader.Part(place, Visibility.VISIBLE, TextKind.SHAPE_TEXT,
          false, false));
      for (XlsxPackageParts.Link link : parts.linksFrom(name)) {
        if (!link.external() && isTemplate(link)) {
          queue.add(link.target());
        }
      }
    }
  }

  private static boolean isTemplate(XlsxPackageParts.Link link) {
    return link.typeEndsWith("/slideMaster") || link.typeEndsWith("/slideLayout")
        || link.typeEndsWith("/notesMaster") || link.typeEndsWith("/handoutMaster");
  }

  /** Streams one shape-tree part; true when it is a hidden slide. */
  private boolean readShapes(String name, SlidePartReader.Part how) throws ExtractionException {
    Optional<PackagePart> part = parts.part(name);
    if (part.isEmpty()) {
      return false;
    }
    parts.handled(name);
    try (XlsxXmlReader xml = XlsxXmlReader.open(part.get())) {
      return new SlidePartReader(size, new Crops(parts, name, out), context, out).read(xml, how);
    }
  }

  /** Outside links other than hyperlinks: linked files, pictures and OLE objects. */
  private void outsideLinks() {
    int reported = 0;
    for (PackagePart part : parts.all()) {
      String source = XlsxPackageParts.stripSlash(part.getPartName().getName());
      for (XlsxPackageParts.Link l : parts.linksFrom(source)) {
        if (!l.external() || l.typeEndsWith("/hyperlink") || l.target().isBlank() || reported >= 200) {
          continue;
        }
        reported++;
        String kind = l.type().substring(l.type().lastIndexOf('/') + 1);
        out.fact(new Fact(FactKind.DATA_CONNECTION, Location.of(source), "linked " + kind,
            l.target(), FactAttr.attrs().put(FactAttr.TYPE, "PowerPoint link to an outside " + kind).build()));
      }
    }
  }

  private void reportUninspected() throws IOException, ExtractionException {
    parts.reportUnread(new UninspectedParts(out, context), FORMATTING_ONLY,
        // slide text no relationship reaches: no reader of the presentation sees it
        type -> type.startsWith(PML) && (type.contains("slide+xml")
            || type.contains("notesslide") || type.contains("comments"))
            ? "slide text that no slide of the presentation shows" : null, context);
  }
}
