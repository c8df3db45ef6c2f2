package io.foilint.extract.ods;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.docx.Segments;
import io.foilint.extract.sheet.CellRefs;
import io.foilint.extract.sheet.Rgb;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * Streams the body of an OpenDocument text document ({@code office:text}) with StAX and reports
 * it as the Word reader reports a Word document, so the same detectors judge both:
 *
 * <ul>
 *   <li>each paragraph or heading one {@code BODY} block, {@code paragraph N} (or {@code section
 *       "Name", paragraph N}); runs apart by how they show ({@link TextStyles}): hidden by a
 *       character style, white on white, under a dark highlight, tiny;
 *   <li>hidden sections ({@code text:display="none"} or a condition), hidden paragraphs ({@code
 *       text:hidden-paragraph}) and conditional hidden text ({@code text:hidden-text}) as {@link
 *       Visibility#WORD_HIDDEN_TEXT};
 *   <li>top-level tables as {@link TableOrigin#WORD_TABLE} table events (text found inside a
 *       table given out after it; nested tables join their cell);
 *   <li>frames, text boxes and shapes as shape text, hidden ({@code draw:display="none"}) or
 *       placed off the page flagged; embedded objects remembered for the package reader; linked
 *       images, linked sections, mail-merge databases and DDE links as data connections;
 *   <li>annotations as comments with their authors; footnotes and endnotes as body text;
 *       tracked changes by {@link TextTrackedChangesReader}; user-defined fields as properties.
 * </ul>
 *
 * <p>Iterative, not recursive: nesting depth costs one stack entry per element and is capped.
 */
final class TextBodyReader {

  /** No writer nests elements this deep; more is an attack on the reader. */
  private static final int MAX_DEPTH = 10_000;

  private static final int MAX_ROW_REPEAT = 100;
  private static final int MAX_CELL_REPEAT = 64;
  private static final int MAX_CELL_CHARS = 32_000;
  private static final int MAX_DEFERRED = 2_000;

  /** What to do when an element ends. */
  private enum End { NOTHING, PARAGRAPH, SPAN, SECTION, TABLE, ROW, CELL, CONTAINER, TRANSPARENT_CELL }

  private enum Kind { BODY, CELL, SHAPE, NOTE, COMMENT, SLIDE, NOTES_PAGE }

  /** Where paragraphs flow: the body, a table cell, a text box, a note or a comment. */
  private static final class Container {
    final Kind kind;
    final Location where;
    final Segments text = new Segments();
    Visibility hidden = Visibility.VISIBLE;
    String author = "";
    String name = "";
    /** Slides: what the text of a visible shape on this page is (body on a slide, shape text on a master). */
    TextKind shapeKind = TextKind.SHAPE_TEXT;
    int fill = Rgb.UNKNOWN;
    boolean covered;
    long repeat = 1;

    Container(Kind kind, Location where) {
      this.kind = kind;
      this.where = where;
    }
  }

  /** One paragraph or heading being read. */
  private static final class Paragraph {
    final String style;
    final Location where;
    final Segments text = new Segments();
    final Deque<String> spans = new ArrayDeque<>();
    boolean hiddenField;
    Visibility run;

    Paragraph(String style, Location where) {
      this.style = style;
      this.where = where;
    }
  }

  /** Stands for "no paragraph open here" (a container began inside one). */
  private static final Paragraph NONE = new Paragraph(null, null);

  private final OdfXml x;
  private final TextStyles styles;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final OdfScope scope;
  private final Map<String, String> objectAnchors;

  private final Deque<End> ends = new ArrayDeque<>();
  private final Deque<Paragraph> paragraphs = new ArrayDeque<>();
  private final Deque<Container> containers = new ArrayDeque<>();
  private final Deque<String> sections = new ArrayDeque<>();
  private final Deque<Boolean> sectionHidden = new ArrayDeque<>();
  private final Set<String> commentAuthors = new LinkedHashSet<>();
  private final Set<String> connections = new HashSet<>();
  private final List<TextBlock> deferred = new ArrayList<>();
  private final List<Fact> deferredFacts = new ArrayList<>();
  private final List<Cell> rowCells = new ArrayList<>();

  private int bodyParagraphs;
  private int hiddenSections;
  private int tableDepth;
  private boolean tableOpen;
  private int tables;
  private String tablePlace = "";
  private int rowIndex;
  private long rowRepeat = 1;
  private long column;
  private int notes;
  private int shapes;
  private int inlineObjects;
  private long events;
  // presentations
  private boolean slides;
  private int slideCount;
  private int slideComments;
  private double[] slideSize;
  private Container tableHost;
  private String cellPrefix = "";

  TextBodyReader(OdfXml x, TextStyles styles, ExtractionContext context, ContentHandler out,
      OdfScope scope, Map<String, String> objectAnchors) {
    this.x = x;
    this.styles = styles;
    this.context = context;
    this.out = out;
    this.scope = scope;
    this.objectAnchors = objectAnchors;
    containers.push(new Container(Kind.BODY, scope.at("")));
  }

  /**
   * Reads a presentation body ({@code office:presentation}) or a master page instead: slides
   * ({@code draw:page}) with their frames, tables as {@link TableOrigin#SLIDE_TABLE}, hidden
   * slides, speaker notes ({@code presentation:notes}) and annotations, as the PowerPoint reader
   * reports them.
   */
  TextBodyReader slides() {
    slides = true;
    return this;
  }

  /** Reader at a style:master-page of a presentation; reads its frames as the slide {@code place}. */
  void readMasterPage(String place) throws ExtractionException {
    Container page = new Container(Kind.SLIDE, scope.at(place));
    page.hidden = Visibility.VISIBLE;
    slideSize = styles.slideSize(x.attr(Odf.STYLE, "name"));
    containers.push(page);
    paragraphs.push(NONE);
    read();
    paragraphs.pop();
    containers.pop();
  }

  /** Reader at office:text's (or office:presentation's) START_ELEMENT; consumes it. */
  void read() throws ExtractionException {
    ends.push(End.NOTHING);
    while (!ends.isEmpty()) {
      int ev = x.next();
      if ((++events & 0x3FFF) == 0) {
        context.checkDeadline();
      }
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> {
          End end = start();
          if (end != null) {
            if (ends.size() >= MAX_DEPTH) {
              throw new ExtractionException(Reason.CORRUPT, scope.contentPart()
                  + " nests its content deeper than any word processor writes, so it cannot be"
                  + " read reliably.");
            }
            ends.push(end);
          }
        }
        case XMLStreamConstants.END_ELEMENT -> end(ends.pop());
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            append(x.currentText());
        case XMLStreamConstants.END_DOCUMENT -> throw new ExtractionException(Reason.TRUNCATED,
            scope.contentPart() + " ends in the middle of its content: the file looks truncated.");
        default -> {}
      }
    }
  }

  /** Handles a START_ELEMENT; returns what its end does, or null when the element was consumed. */
  private End start() throws ExtractionException {
    if (x.inNamespace(Odf.TEXT)) {
      return startText(x.localName());
    }
    if (x.inNamespace(Odf.TABLE)) {
      return switch (x.localName()) {
        case "table" -> startTable();
        case "table-row" -> startRow();
        case "table-cell" -> startCell(false);
        case "covered-table-cell" -> startCell(true);
        case "table-column", "table-source" -> consumed();
        default -> End.NOTHING;
      };
    }
    if (x.inNamespace(Odf.DRAW)) {
      return switch (x.localName()) {
        case "object", "object-ole" -> object();
        case "image" -> image();
        case "page" -> slides ? startSlide() : startShape();
        case "page-thumbnail" -> consumed();
        case "text-box", "g", "a", "contour-polygon", "contour-path" -> End.NOTHING;
        default -> startShape();
      };
    }
    if (slides && x.inNamespace(Odf.PRESENTATION)) {
      return switch (x.localName()) {
        case "notes" -> startNotes();
        case "header-decl", "footer-decl" -> {
          // a declared header or footer, shown on the slides that name it
          String place = x.localName().replace("-decl", "") + " '" + x.attr(Odf.PRESENTATION, "name", "") + "'";
          String text = x.text().strip();
          if (!text.isEmpty()) {
            give(new TextBlock(TextKind.HEADER_FOOTER, scope.at(place), text, "", Visibility.VISIBLE));
          }
          yield null;
        }
        case "date-time-decl", "settings", "sound", "event-listener" -> consumed();
        default -> End.NOTHING;
      };
    }
    if (x.inNamespace(Odf.OFFICE) || x.inNamespace(Odf.OFFICEOOO) && x.localName().equals("annotation")) {
      return switch (x.localName()) {
        case "annotation" -> startContainer(Kind.COMMENT, commentPlace());
        case "annotation-end", "forms", "binary-data", "event-listeners" -> consumed();
        default -> End.NOTHING;
      };
    }
    if (x.inNamespace(Odf.DC) && containers.peek().kind == Kind.COMMENT) {
      if (x.localName().equals("creator")) {
        containers.peek().author = x.text().strip();
        return null;
      }
      return consumed();
    }
    if (x.inNamespace(Odf.SVG) && (x.localName().equals("title") || x.localName().equals("desc"))) {
      altText(x.text().strip());
      return null;
    }
    return End.NOTHING;
  }

  private End startText(String local) throws ExtractionException {
    switch (local) {
      case "p", "h" -> {
        return startParagraph();
      }
      case "span" -> {
        Paragraph p = paragraphs.peek();
        if (p == null || p == NONE) {
          return End.NOTHING;
        }
        p.spans.push(x.attr(Odf.TEXT, "style-name", ""));
        p.run = null;
        return End.SPAN;
      }
      case "s" -> {
        append(" ".repeat((int) Math.min(x.repeat(Odf.TEXT, "c"), 1000)));
        return consumed();
      }
      case "tab" -> {
        append("\t");
        return consumed();
      }
      case "line-break" -> {
        append("\n");
        return consumed();
      }
      case "section" -> {
        return startSection();
      }
      case "section-source" -> {
        connection(x.attr(Odf.XLINK, "href", ""), "linked section",
            sections.isEmpty() ? "section" : sections.peek());
        return consumed();
      }
      case "tracked-changes" -> {
        new TextTrackedChangesReader(x, scope, sink()).read();
        return null;
      }
      case "hidden-text" -> {
        return hiddenText();
      }
      case "hidden-paragraph" -> {
        Paragraph p = paragraphs.peek();
        if (p != null && p != NONE && !"false".equals(x.attr(Odf.TEXT, "is-hidden"))) {
          p.hiddenField = true;
          p.run = null;
        }
        return consumed();
      }
      case "conditional-text" -> {
        boolean current = !"false".equals(x.attr(Odf.TEXT, "current-value"));
        String other = x.attr(Odf.TEXT, current ? "string-value-if-false" : "string-value-if-true", "");
        appendHidden(other);
        return End.NOTHING; // the value shown is the element's content
      }
      case "note-body" -> {
        notes++;
        return startContainer(Kind.NOTE, scope.at("note " + notes));
      }
      case "user-field-decl" -> {
        userField();
        return consumed();
      }
      case "dde-connection-decl" -> {
        String app = x.attr(Odf.OFFICE, "dde-application", "");
        String topic = x.attr(Odf.OFFICE, "dde-topic", "");
        String item = x.attr(Odf.OFFICE, "dde-item", "");
        connection(app + "|" + topic + "!" + item, "DDE link", x.attr(Odf.OFFICE, "name", "DDE link"));
        return consumed();
      }
      case "database-display", "database-next", "database-row-select", "database-row-number",
          "database-name" -> {
        String db = x.attr(Odf.TEXT, "database-name", "");
        String table = x.attr(Odf.TEXT, "table-name", "");
        if (!db.isEmpty()) {
          connection(db + (table.isEmpty() ? "" : "." + table), "mail merge database", db);
        }
        return End.NOTHING; // the value shown flows into the paragraph
      }
      case "sequence-decls", "variable-decls", "user-index-mark", "alphabetical-index-mark",
          "toc-mark", "bibliography-mark" -> {
        return consumed();
      }
      default -> {
        // index templates (table-of-content-source, ...) describe formatting, not text
        return local.endsWith("-source") ? consumed() : End.NOTHING;
      }
    }
  }

  private End consumed() throws ExtractionException {
    x.skipElement();
    return null;
  }

  private void end(End end) {
    switch (end) {
      case PARAGRAPH -> endParagraph();
      case SPAN -> {
        Paragraph p = paragraphs.peek();
        if (p != null && p != NONE && !p.spans.isEmpty()) {
          p.spans.pop();
          p.run = null;
        }
      }
      case SECTION -> {
        sections.pop();
        hiddenSections -= Boolean.TRUE.equals(sectionHidden.pop()) ? 1 : 0;
      }
      case TABLE -> endTable();
      case ROW -> endRow();
      case CELL -> endCell();
      case CONTAINER -> endContainer();
      case TRANSPARENT_CELL, NOTHING -> {}
    }
  }

  // ---- paragraphs and text -----------------------------------------------------------------

  private End startParagraph() {
    Container c = containers.peek();
    Location where;
    if (c.kind == Kind.BODY) {
      bodyParagraphs++;
      where = bodyPlace();
    } else {
      where = c.where;
    }
    paragraphs.push(new Paragraph(x.attr(Odf.TEXT, "style-name"), where));
    return End.PARAGRAPH;
  }

  private Location bodyPlace() {
    String paragraph = "paragraph " + Math.max(1, bodyParagraphs);
    return sections.isEmpty() ? scope.at(paragraph)
        : scope.at("section \"" + sections.peek() + "\", " + paragraph);
  }

  /** Where the reader is: the current body paragraph, table cell, or container. */
  private Location here() {
    Container c = containers.peek();
    return c.kind == Kind.BODY ? bodyPlace() : c.where;
  }

  private void append(String s) {
    Paragraph p = paragraphs.peek();
    if (p == null || p == NONE || s.isEmpty()) {
      return;
    }
    p.text.append(runVisibility(p), s);
  }

  private void appendHidden(String s) {
    Paragraph p = paragraphs.peek();
    if (p == null || p == NONE || s.isBlank()) {
      return;
    }
    p.text.append(Visibility.WORD_HIDDEN_TEXT, s);
    p.text.append(Visibility.WORD_HIDDEN_TEXT, " ");
  }

  private Visibility runVisibility(Paragraph p) {
    if (hiddenSections > 0 || p.hiddenField) {
      return Visibility.WORD_HIDDEN_TEXT;
    }
    if (p.run == null) {
      Container c = containers.peek();
      p.run = styles.run(p.style, List.copyOf(p.spans), c.kind == Kind.CELL ? c.fill : Rgb.UNKNOWN);
    }
    return p.run;
  }

  /** text:hidden-text: a field whose text shows only when its condition is false. */
  private End hiddenText() throws ExtractionException {
    if ("false".equals(x.attr(Odf.TEXT, "is-hidden"))) {
      return End.NOTHING; // shown now: its content is the text on the page
    }
    appendHidden(x.attr(Odf.TEXT, "string-value", ""));
    return consumed();
  }

  private void endParagraph() {
    Paragraph p = paragraphs.pop();
    Map<Visibility, String> parts = p.text.nonBlank();
    if (p.hiddenField && parts.containsKey(Visibility.VISIBLE)) {
      // words before the hidden-paragraph field are hidden with the paragraph
      String visible = parts.remove(Visibility.VISIBLE);
      parts.merge(Visibility.WORD_HIDDEN_TEXT, visible, (a, b) -> b + " " + a);
    }
    Container c = containers.peek();
    switch (c.kind) {
      case BODY -> {
        for (Map.Entry<Visibility, String> e : parts.entrySet()) {
          give(new TextBlock(TextKind.BODY, p.where, e.getValue(), "", e.getKey()));
        }
      }
      case CELL -> {
        String visible = parts.remove(Visibility.VISIBLE);
        if (visible != null) {
          c.text.append(Visibility.VISIBLE, visible);
          c.text.separate(' ');
        }
        for (Map.Entry<Visibility, String> e : parts.entrySet()) {
          give(new TextBlock(TextKind.BODY, c.where, e.getValue(), "", e.getKey()));
        }
      }
      default -> {
        for (Map.Entry<Visibility, String> e : parts.entrySet()) {
          c.text.append(e.getKey(), e.getValue());
        }
        c.text.separate('\n');
      }
    }
  }

  // ---- sections ----------------------------------------------------------------------------

  private End startSection() {
    String name = x.attr(Odf.TEXT, "name", "section " + (sections.size() + 1));
    String display = x.attr(Odf.TEXT, "display", "true");
    boolean hidden = display.equals("none") || display.equals("condition")
        || "true".equals(x.attr(Odf.TEXT, "is-hidden"))
        || styles.isHiddenSection(x.attr(Odf.TEXT, "style-name"));
    sections.push(name);
    sectionHidden.push(hidden);
    hiddenSections += hidden ? 1 : 0;
    return End.SECTION;
  }

  // ---- tables ------------------------------------------------------------------------------

  private End startTable() {
    tableDepth++;
    Container host = containers.peek();
    boolean onSlide = slides && host.kind == Kind.SHAPE;
    if (tableDepth == 1 && (host.kind == Kind.BODY || onSlide) && hiddenSections == 0) {
      tableOpen = true;
      tableHost = host;
      tables++;
      rowIndex = 0;
      if (onSlide) {
        // a slide table sits in a frame: it is located on its slide and seen as its frame is
        tablePlace = host.where.place();
        String name = host.name.isBlank() ? "table " + tables : host.name;
        cellPrefix = "table '" + name + "', ";
        out.startTable(new TableStart(TableOrigin.SLIDE_TABLE, name, scope.at(tablePlace), host.hidden));
      } else {
        tablePlace = "table " + tables;
        cellPrefix = "";
        Location where = scope.at(tablePlace);
        out.startTable(new TableStart(TableOrigin.WORD_TABLE, tablePlace, where, Visibility.VISIBLE));
      }
    }
    return End.TABLE;
  }

  private void endTable() {
    if (tableOpen && tableDepth == 1) {
      out.endTable();
      tableOpen = false;
      deferred.forEach(out::text);
      deferredFacts.forEach(out::fact);
      deferred.clear();
      deferredFacts.clear();
    }
    tableDepth = Math.max(0, tableDepth - 1);
  }

  private boolean topTableRows() {
    return tableOpen && tableDepth == 1;
  }

  private End startRow() {
    if (!topTableRows()) {
      return End.NOTHING;
    }
    rowRepeat = x.repeat(Odf.TABLE, "number-rows-repeated");
    column = 0;
    rowCells.clear();
    return End.ROW;
  }

  private void endRow() {
    if (!rowCells.isEmpty()) {
      long copies = Math.min(rowRepeat, MAX_ROW_REPEAT);
      for (long r = 0; r < copies && rowIndex + r < Integer.MAX_VALUE; r++) {
        int index = (int) (rowIndex + r);
        List<Cell> cells = new ArrayList<>(rowCells.size());
        for (Cell c : rowCells) {
          cells.add(new Cell(CellRefs.ref(index, c.column()), c.column(), c.value(), c.visibility()));
        }
        out.row(new Row(index, Visibility.VISIBLE, cells));
      }
    }
    rowIndex = (int) Math.min(Integer.MAX_VALUE - 1L, rowIndex + rowRepeat);
    rowCells.clear();
  }

  private End startCell(boolean covered) {
    if (!topTableRows() || containers.peek() != tableHost) {
      return End.TRANSPARENT_CELL;
    }
    Location where = scope.at(tablePlace, cellPrefix + "row " + (rowIndex + 1) + ", cell " + (column + 1));
    Container cell = new Container(Kind.CELL, where);
    cell.covered = covered;
    cell.repeat = x.repeat(Odf.TABLE, "number-columns-repeated");
    cell.fill = styles.cellFill(x.attr(Odf.TABLE, "style-name"));
    containers.push(cell);
    paragraphs.push(NONE);
    return End.CELL;
  }

  private void endCell() {
    paragraphs.pop();
    Container cell = containers.pop();
    String value = cell.text.nonBlank().getOrDefault(Visibility.VISIBLE, "");
    if (value.length() > MAX_CELL_CHARS) {
      value = value.substring(0, MAX_CELL_CHARS);
    }
    if (!value.isEmpty() && column < Integer.MAX_VALUE - MAX_CELL_REPEAT) {
      long copies = Math.min(cell.repeat, MAX_CELL_REPEAT);
      for (long k = 0; k < copies; k++) {
        int col = (int) (column + k);
        rowCells.add(new Cell(CellRefs.ref(rowIndex, col), col, value,
            cell.covered ? Visibility.COVERED_BY_MERGE : Visibility.VISIBLE));
      }
    }
    column = column + cell.repeat < column ? Long.MAX_VALUE : column + cell.repeat;
  }

  // ---- frames, notes, comments -------------------------------------------------------------

  private End startContainer(Kind kind, Location where) {
    containers.push(new Container(kind, where));
    paragraphs.push(NONE);
    return End.CONTAINER;
  }

  /** A comment in a text is located at its paragraph; on a slide as PowerPoint's are, "slide 3", "comment 1". */
  private Location commentPlace() {
    Container page = slides ? page() : null;
    if (page == null) {
      return scope.at("comments", here().place());
    }
    return scope.at(page.where.place(), "comment " + (++slideComments));
  }

  /** draw:page: one slide, hidden by its own attribute or its drawing-page style. */
  private End startSlide() {
    slideCount++;
    slideComments = 0;
    boolean hidden = "hidden".equals(x.attr(Odf.PRESENTATION, "visibility"))
        || styles.isHiddenPage(x.attr(Odf.DRAW, "style-name"));
    slideSize = styles.slideSize(x.attr(Odf.DRAW, "master-page-name"));
    End end = startContainer(Kind.SLIDE, scope.at("slide " + slideCount));
    containers.peek().hidden = hidden ? Visibility.HIDDEN_SLIDE : Visibility.VISIBLE;
    containers.peek().shapeKind = TextKind.BODY;
    return end;
  }

  /** presentation:notes: the speaker notes page of the slide it is in (a master's is a template). */
  private End startNotes() {
    Container page = page();
    boolean master = page == null || page.shapeKind != TextKind.BODY;
    String place = (page == null ? "slide" : page.where.place()) + " notes";
    End end = startContainer(Kind.NOTES_PAGE, scope.at(place));
    containers.peek().hidden = master ? Visibility.VISIBLE : Visibility.SPEAKER_NOTES;
    containers.peek().shapeKind = master ? TextKind.SHAPE_TEXT : TextKind.OTHER;
    return end;
  }

  /** The innermost slide, notes page or master page being read, or null. */
  private Container page() {
    for (Container c : containers) {
      if (c.kind == Kind.SLIDE || c.kind == Kind.NOTES_PAGE) {
        return c;
      }
    }
    return null;
  }

  private End startShape() {
    shapes++;
    String name = x.attr(Odf.DRAW, "name", "shape " + shapes);
    Location anchor = here();
    Location where = anchor.withRef((anchor.ref().isEmpty() ? "" : anchor.ref() + ", ")
        + "frame '" + name + "'");
    Container page = slides ? page() : null;
    Visibility seen = page != null && page.hidden != Visibility.VISIBLE ? page.hidden : shapeVisibility();
    End end = startContainer(Kind.SHAPE, where);
    containers.peek().hidden = seen; // a hidden slide or notes page decides first, as in PowerPoint
    containers.peek().name = x.attr(Odf.DRAW, "name", "");
    containers.peek().shapeKind = page == null ? TextKind.SHAPE_TEXT : page.shapeKind;
    return end;
  }

  /** draw:display none (or printer only) hides a shape; a position beyond the page puts it off it. */
  private Visibility shapeVisibility() {
    String display = x.attr(Odf.DRAW, "display", "always");
    if (display.equals("none") || display.equals("printer")) {
      return Visibility.HIDDEN_SHAPE;
    }
    Double left = TextStyleReader.centimetres(x.attr(Odf.SVG, "x"));
    Double top = TextStyleReader.centimetres(x.attr(Odf.SVG, "y"));
    Double width = TextStyleReader.centimetres(x.attr(Odf.SVG, "width"));
    Double height = TextStyleReader.centimetres(x.attr(Odf.SVG, "height"));
    double pageWidth = slideSize != null ? slideSize[0] : styles.pageWidthCm();
    double pageHeight = slideSize != null ? slideSize[1] : styles.pageHeightCm();
    boolean offX = left != null && (left >= pageWidth || left + orZero(width) <= 0);
    boolean offY = top != null && (top >= pageHeight || top + orZero(height) <= 0);
    return offX || offY ? Visibility.OUTSIDE_PAGE : Visibility.VISIBLE;
  }

  /** A slide's own reason (hidden slide, speaker notes) wins over how a run looks. */
  private static boolean isPageReason(Visibility v) {
    return v == Visibility.HIDDEN_SLIDE || v == Visibility.SPEAKER_NOTES;
  }

  private static double orZero(Double d) {
    return d == null ? 0 : d;
  }

  private void endContainer() {
    paragraphs.pop();
    Container c = containers.pop();
    Map<Visibility, String> parts = c.text.nonBlank();
    switch (c.kind) {
      case SHAPE, SLIDE, NOTES_PAGE -> {
        for (Map.Entry<Visibility, String> e : parts.entrySet()) {
          Visibility v = e.getKey() == Visibility.VISIBLE || isPageReason(c.hidden) ? c.hidden : e.getKey();
          TextKind kind = v == Visibility.HIDDEN_SHAPE || v == Visibility.OUTSIDE_PAGE
              ? TextKind.SHAPE_TEXT : c.shapeKind;
          give(new TextBlock(kind, c.where, e.getValue(), "", v));
        }
      }
      case NOTE -> {
        for (Map.Entry<Visibility, String> e : parts.entrySet()) {
          give(new TextBlock(TextKind.BODY, c.where, e.getValue(), "", e.getKey()));
        }
      }
      case COMMENT -> {
        for (Map.Entry<Visibility, String> e : parts.entrySet()) {
          Visibility v = e.getKey() == Visibility.VISIBLE ? Visibility.COMMENT : e.getKey();
          give(new TextBlock(TextKind.COMMENT, c.where, e.getValue(), c.author, v));
        }
        if (!c.author.isEmpty() && commentAuthors.add(c.author)) {
          sink().fact(new Fact(FactKind.COMMENT_AUTHOR, scope.at("comments"), "author", c.author));
        }
      }
      default -> {}
    }
  }

  private void altText(String alt) {
    if (!alt.isEmpty()) {
      Location where = here();
      give(new TextBlock(TextKind.SHAPE_TEXT,
          where.withRef((where.ref().isEmpty() ? "" : where.ref() + ", ") + "alt text"), alt, "",
          Visibility.METADATA));
    }
  }

  // ---- objects, links, fields --------------------------------------------------------------

  /** draw:object / draw:object-ole: a packaged object is read with the package; inline ones are not. */
  private End object() throws ExtractionException {
    String href = x.attr(Odf.XLINK, "href", "").strip();
    boolean ole = x.is(Odf.DRAW, "object-ole");
    x.skipElement();
    if (isOutside(href)) {
      connection(href, ole ? "linked OLE object" : "linked object", href);
    } else if (!href.isEmpty()) {
      objectAnchors.putIfAbsent(ShapeReader.objectDir(href), here().place());
    } else {
      inlineObjects++;
      sink().fact(new Fact(FactKind.EMBEDDED_OBJECT, here(), "inline object " + inlineObjects,
          ole ? "OLE object (inline)" : "OpenDocument object (inline)", FactAttr.attrs().put(FactAttr.SCANNED, false).build()));
    }
    return null;
  }

  /** draw:image: a picture linked from outside the file is a data connection. */
  private End image() {
    String href = x.attr(Odf.XLINK, "href", "").strip();
    if (isOutside(href)) {
      connection(href, "linked image", href);
    }
    return End.NOTHING; // office:binary-data (a flat file's picture) is consumed as it starts
  }

  /** A link leaving the package: a URL, an absolute or parent path, a drive letter. */
  static boolean isOutside(String href) {
    return href.contains("://") || href.startsWith("/") || href.startsWith("\\")
        || href.startsWith("../") || href.startsWith("..\\") || href.regionMatches(true, 0, "file:", 0, 5)
        || href.matches("(?s)[A-Za-z]:[\\\\/].*");
  }

  private void connection(String target, String type, String name) {
    if (target.isBlank() || !connections.add(type + "\n" + target)) {
      return;
    }
    sink().fact(new Fact(FactKind.DATA_CONNECTION, here(), name, target, FactAttr.attrs().put(FactAttr.TYPE, type).build()));
  }

  /** text:user-field-decl: a user-defined field, a property the document carries. */
  private void userField() {
    String name = x.attr(Odf.TEXT, "name", "");
    String value = firstNonNull(x.attr(Odf.OFFICE, "string-value"), x.attr(Odf.OFFICE, "value"),
        x.attr(Odf.OFFICE, "date-value"), x.attr(Odf.OFFICE, "time-value"),
        x.attr(Odf.OFFICE, "boolean-value"));
    if (value != null && !value.isBlank()) {
      sink().fact(new Fact(FactKind.DOCUMENT_PROPERTY, scope.at("user fields"), "custom:" + name,
          value.strip(), Map.of("element", "text:user-field-decl")));
    }
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  // ---- output ------------------------------------------------------------------------------

  /** Text met while a table is open waits until it ends (the event contract); capped and merged. */
  private void give(TextBlock t) {
    if (!tableOpen) {
      out.text(t);
      return;
    }
    if (deferred.size() < MAX_DEFERRED) {
      deferred.add(t);
      return;
    }
    for (int i = deferred.size() - 1; i >= 0; i--) {
      TextBlock d = deferred.get(i);
      if (d.visibility() == t.visibility() && d.kind() == t.kind()) {
        if (d.text().length() < Segments.MAX_CHARS) {
          deferred.set(i, new TextBlock(d.kind(), d.location(), d.text() + " " + t.text(),
              d.author(), d.visibility()));
        }
        return;
      }
    }
  }

  /** Where facts go: straight out, or held while a table is open. */
  private ContentHandler sink() {
    if (!tableOpen) {
      return out;
    }
    return new ContentHandler() {
      @Override
      public void text(TextBlock text) {
        give(text);
      }

      @Override
      public void fact(Fact fact) {
        deferredFacts.add(fact); // few: connections and authors are reported once each
      }
    };
  }
}
