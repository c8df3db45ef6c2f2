package io.foilint.extract.docx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.drawing.DrawingCrop;
import io.foilint.extract.sheet.Rgb;
import io.foilint.extract.xlsx.XlsxXmlReader;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Streams one Word story part (main document, header, footer, notes, comments, glossary) with
 * StAX and reports its text sorted by what a reader sees: one block per paragraph of the main
 * document ("paragraph 12"), one per note or comment, one per header or footer; top-level
 * tables of the main document as table events ({@link WordTableWriter}); runs that are hidden,
 * deleted, blacked out, white on white or tiny apart from the visible words ({@link
 * RunVisibility}); text boxes as shape text (hidden when their shape is); alt text as metadata;
 * fields that fetch outside content ({@link WordFields}); tracked changes ({@link
 * TrackedChangeTally}); pictures shown cropped ({@link DrawingCrop}). Elements are matched by local name, so Strict and Transitional files read
 * alike. The {@code mc:Fallback} copy of a shape (the VML twin of a DrawingML text box) is
 * skipped, so a text box is not counted twice.
 */
final class WordStoryReader {

  private static final int MAX_DEPTH = 64;

  private final WordStory story;
  private final DocxStyles styles;
  private final DocxAnchors anchors;
  private final ContentHandler out;
  private final ExtractionContext context;
  private final WordTableWriter tables;
  private final WordFields fields;
  private final TrackedChangeTally changes;

  /** The block being filled: paragraph, note, whole header, or (on top) a text box. */
  private final Deque<Segments> blocks = new ArrayDeque<>();
  private final Deque<Boolean> boxHidden = new ArrayDeque<>();
  private final StringBuilder fieldCode = new StringBuilder();

  private int paragraphs;
  private int sections = 1;
  private int tableDepth;
  private int textBoxes;
  private int deleted;
  private boolean shapeHidden;
  private boolean inParagraphProperties;
  private boolean inRunProperties;
  private boolean inRowProperties;
  private boolean inCellProperties;
  private boolean inSectionProperties;
  private boolean inField;
  private String paragraphStyle = "";
  private int paragraphFill = Rgb.UNKNOWN;
  /** The page colour (w:background), which Word shows behind text with no shading of its own. */
  private int pageFill = Rgb.UNKNOWN;
  /** Shading of the cell at each table depth, so a nested cell's fill is the one behind its text. */
  private final int[] cellFills = new int[MAX_DEPTH + 1];
  private String runStyle = "";
  private WordRunFormat runDirect = new WordRunFormat();
  private WordRunFormat runEffective;
  private String unitAuthor = "";
  private String unitId = "";
  /** The name of the drawing last opened ({@code wp:docPr}, {@code pic:cNvPr}): "Picture 3". */
  private String pictureName = "";
  /** Picture part of a relationship id of this story ("" when unknown). */
  private java.util.function.UnaryOperator<String> pictureTargets = id -> "";

  WordStoryReader(WordStory story, DocxStyles styles, DocxAnchors anchors, ContentHandler out,
      ExtractionContext context) {
    this.story = story;
    this.styles = styles;
    this.anchors = anchors;
    this.out = out;
    this.context = context;
    this.tables = new WordTableWriter(out);
    this.fields = new WordFields(out);
    this.changes = new TrackedChangeTally(story.part());
    blocks.push(new Segments());
  }

  /** Tells the reader how to name the picture part behind a {@code r:embed} id. */
  WordStoryReader pictureTargets(java.util.function.UnaryOperator<String> targets) {
    this.pictureTargets = targets;
    return this;
  }

  void read(XlsxXmlReader xml) throws ExtractionException {
    long events = 0;
    while (xml.next()) {
      if ((++events & 0x3FFF) == 0) {
        context.checkDeadline();
      }
      if (xml.isStart()) {
        start(xml);
      } else if (xml.isEnd()) {
        end(xml.local());
      }
    }
    if (!story.isMain() && story.unit().isEmpty()) {
      emit(blocks.peek(), Location.of(story.place()), "");
    }
    changes.report(out, story.isMain() ? Location.of("") : Location.of(story.place()));
  }

  private void start(XlsxXmlReader xml) throws ExtractionException {
    String local = xml.local();
    if (inRunProperties || inParagraphProperties || inRowProperties || inCellProperties) {
      properties(xml, local);
      return;
    }
    switch (local) {
      case "Fallback" -> xml.skipElement();
      case "p" -> startParagraph();
      case "pPr" -> inParagraphProperties = true;
      case "r" -> {
        runStyle = "";
        runDirect = new WordRunFormat();
        runEffective = null;
      }
      case "rPr" -> inRunProperties = true;
      case "t", "delText" -> text(xml.elementText());
      case "tab", "br", "cr" -> blocks.peek().separate(' ');
      case "noBreakHyphen" -> text("-");
      case "instrText", "delInstrText" -> fieldText(xml.elementText());
      case "fldChar" -> fieldChar(xml.attr("fldCharType"));
      case "fldSimple" -> fields.code(xml.attr("instr"), here());
      case "del", "moveFrom" -> {
        deleted++;
        changes.deletion(local, xml.attr("author"));
        blocks.peek().deletedBy(xml.attr("author"));
      }
      case "ins", "moveTo" -> changes.insertion(local, xml.attr("author"));
      case "commentRangeStart", "commentReference" -> {
        if (story.isMain()) {
          anchors.comment(xml.attr("id"), here().toString());
        }
      }
      case "docPr", "cNvPr" -> {
        pictureName = xml.attr("name");
        shape(xml.attr("hidden"), xml.attr("descr"), xml.attr("title"));
      }
      case "blipFill" -> {
        DrawingCrop crop = DrawingCrop.read(xml);
        if (crop.isCropped()) {
          out.fact(crop.toFact(here(), pictureName, pictureTargets.apply(crop.embed())));
        }
      }
      case "shape", "rect", "roundrect", "oval", "textbox", "group" -> vmlShape(xml);
      case "txbxContent" -> {
        textBoxes++;
        boxHidden.push(shapeHidden);
        blocks.push(new Segments());
      }
      case "tbl" -> startTable();
      case "tr" -> {
        if (tableDepth == 1 && textBoxes == 0) {
          tables.startRow();
        }
      }
      case "trPr" -> inRowProperties = true;
      case "tc" -> {
        cellFills[Math.min(tableDepth, MAX_DEPTH)] = Rgb.UNKNOWN;
        if (tableRows()) {
          tables.startCell();
        }
      }
      case "tcPr" -> inCellProperties = true;
      case "sectPr" -> inSectionProperties = true;
      case "background" -> {
        if (story.isMain() && paragraphs == 0 && tableDepth == 0) {
          pageFill = WordRunFormat.colourOf(xml.attr("color"));
        }
      }
      case "headerReference", "footerReference" -> {
        if (inSectionProperties) {
          anchors.headerFooter(xml.relAttr("id"), local, sections, xml.attr("type"));
        }
      }
      case "comment", "footnote", "endnote" -> {
        if (local.equals(story.unit())) {
          blocks.peek().clear();
          unitAuthor = xml.attr("author");
          unitId = xml.attr("id");
          // separator and continuation notes (w:type) are Word's own lines, not text
          if (!xml.attr("type").isEmpty() && !xml.attr("type").equals("normal")) {
            xml.skipElement();
          }
        }
      }
      default -> {}
    }
  }

  /** Children of pPr, rPr, trPr and tcPr. */
  private void properties(XlsxXmlReader xml, String local) throws ExtractionException {
    switch (local) {
      case "rPrChange", "pPrChange", "trPrChange", "tcPrChange", "sectPrChange" -> {
        changes.formatting(xml.attr("author"));
        xml.skipElement(); // the earlier formatting, not in force
      }
      case "rPr" -> inRunProperties = true; // pPr/rPr: the paragraph mark's own formatting
      case "sectPr" -> inSectionProperties = true; // a section break inside a paragraph
      case "headerReference", "footerReference" -> {
        if (inSectionProperties) {
          anchors.headerFooter(xml.relAttr("id"), local, sections, xml.attr("type"));
        }
      }
      case "pStyle" -> paragraphStyle = xml.attr("val");
      case "rStyle" -> runStyle = xml.attr("val");
      case "gridSpan" -> {
        if (tableRows() && inCellProperties) {
          tables.gridSpan(xml.attr("val"));
        }
      }
      case "del", "moveFrom", "ins", "moveTo" -> {
        if (inRowProperties && local.equals("del") && tableRows()) {
          tables.rowDeleted();
        }
        changes.mark(local, xml.attr("author"));
      }
      default -> {
        boolean paragraphMark = inParagraphProperties && inRunProperties;
        if (inRunProperties && !paragraphMark) {
          runDirect.read(local, xml.attr("val"), xml.attr("fill"));
        } else if (local.equals("shd") && !inRunProperties) {
          int fill = WordRunFormat.colourOf(xml.attr("fill"));
          if (inCellProperties) {
            cellFills[Math.min(tableDepth, MAX_DEPTH)] = fill;
          } else if (inParagraphProperties) {
            paragraphFill = fill;
          }
        }
      }
    }
  }

  private void end(String local) {
    switch (local) {
      case "rPr" -> inRunProperties = false;
      case "pPr" -> inParagraphProperties = false;
      case "trPr" -> inRowProperties = false;
      case "tcPr" -> inCellProperties = false;
      case "sectPr" -> {
        inSectionProperties = false;
        sections++;
      }
      case "p" -> endParagraph();
      case "del", "moveFrom" -> deleted = Math.max(0, deleted - 1);
      case "drawing", "pict", "object" -> shapeHidden = false;
      case "txbxContent" -> endTextBox();
      case "tc" -> {
        if (tableRows()) {
          tables.endCell(story.visibility());
        }
      }
      case "tr" -> {
        if (tableRows()) {
          tables.endRow(story.visibility());
        }
      }
      case "tbl" -> endTable();
      case "comment", "footnote", "endnote" -> {
        if (local.equals(story.unit())) {
          String place = local.equals("comment") ? anchors.commentPlace(unitId) : local + " " + unitId;
          emit(blocks.peek(), local.equals("comment") ? Location.of(story.place(), place)
              : Location.of(place), unitAuthor);
          blocks.peek().clear();
        }
      }
      default -> {}
    }
  }

  /** True while inside a top-level table of the main document (not in a text box). */
  private boolean tableRows() {
    return story.isMain() && tableDepth == 1 && textBoxes == 0;
  }

  private boolean inTopTable() {
    return story.isMain() && tableDepth >= 1 && textBoxes == 0;
  }

  private void startTable() {
    tableDepth++;
    if (tableRows()) {
      tables.startTable(story.visibility());
    }
  }

  private void endTable() {
    if (tableRows()) {
      tables.endTable();
    }
    tableDepth = Math.max(0, tableDepth - 1);
  }

  private void startParagraph() {
    paragraphStyle = "";
    paragraphFill = Rgb.UNKNOWN;
    if (textBoxes > 0) {
      return;
    }
    if (story.isMain()) {
      blocks.peek().clear();
      if (tableDepth == 0) {
        paragraphs++;
      }
    }
  }

  private void endParagraph() {
    Segments block = blocks.peek();
    if (textBoxes > 0 || !story.isMain()) {
      block.separate('\n');
      return;
    }
    if (inTopTable()) {
      Map<Visibility, String> parts = block.nonBlank();
      tables.cellText(parts.getOrDefault(Visibility.VISIBLE, ""));
      parts.remove(Visibility.VISIBLE);
      emitHidden(parts, tables.here(), block.deletionAuthor());
    } else {
      emit(block, here(), "");
    }
    block.clear();
  }

  private void endTextBox() {
    if (textBoxes == 0) {
      return;
    }
    textBoxes--;
    Segments box = blocks.pop();
    boolean hidden = Boolean.TRUE.equals(boxHidden.poll());
    Location where = inTopTable() ? tables.here() : story.isMain() ? here() : Location.of(story.place());
    for (Map.Entry<Visibility, String> e : box.nonBlank().entrySet()) {
      Visibility v = e.getKey() == Visibility.VISIBLE
          ? (hidden ? Visibility.HIDDEN_SHAPE : story.visibility()) : e.getKey();
      give(new TextBlock(TextKind.SHAPE_TEXT, where, e.getValue(),
          e.getKey() == Visibility.TRACKED_DELETION ? box.deletionAuthor() : "", v));
    }
  }

  /** The place of the current main-document paragraph, or of the story. */
  private Location here() {
    if (!story.isMain()) {
      return Location.of(story.place());
    }
    if (inTopTable()) {
      return tables.here();
    }
    return Location.of("paragraph " + Math.max(1, paragraphs));
  }

  private void text(String s) {
    if (s.isEmpty()) {
      return;
    }
    if (runEffective == null) {
      WordRunFormat inherited = styles.style(runStyle)
          .over(styles.style(paragraphStyle).over(styles.defaults()));
      runEffective = runDirect.over(inherited);
    }
    int fill = paragraphFill;
    for (int d = Math.min(tableDepth, MAX_DEPTH); fill == Rgb.UNKNOWN && d > 0; d--) {
      fill = cellFills[d];
    }
    fill = fill == Rgb.UNKNOWN ? pageFill : fill;
    blocks.peek().append(RunVisibility.of(runEffective, deleted > 0, fill), s);
  }

  private void fieldText(String s) {
    if (inField && fieldCode.length() < WordFields.MAX_CODE) {
      fieldCode.append(s, 0, Math.min(s.length(), WordFields.MAX_CODE - fieldCode.length()));
    }
  }

  private void fieldChar(String type) {
    if (type.equals("begin")) {
      inField = true;
      fieldCode.setLength(0);
    } else if (inField) {
      inField = false;
      fields.code(fieldCode.toString(), here());
    }
  }

  private void shape(String hidden, String descr, String title) {
    if (WordRunFormat.isOn(hidden) && !hidden.isEmpty()) {
      shapeHidden = true;
    }
    String alt = (title + " " + descr).strip();
    if (!alt.isEmpty()) {
      give(new TextBlock(TextKind.SHAPE_TEXT, here().withRef(
          (here().ref().isEmpty() ? "" : here().ref() + ", ") + "alt text"), alt, "",
          Visibility.METADATA));
    }
  }

  private void vmlShape(XlsxXmlReader xml) {
    String style = xml.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    if (style.contains("visibility:hidden")) {
      shapeHidden = true;
    }
    String alt = xml.attr("alt");
    if (!alt.isBlank()) {
      shape("", alt, "");
    }
  }

  /** The block's visible text as the story's kind, and each hidden class apart. */
  private void emit(Segments block, Location where, String author) {
    Map<Visibility, String> parts = block.nonBlank();
    String visible = parts.remove(Visibility.VISIBLE);
    if (visible != null) {
      give(new TextBlock(story.kind(), where, visible, author, story.visibility()));
    }
    emitHidden(parts, where, block.deletionAuthor().isEmpty() ? author : block.deletionAuthor());
  }

  private void emitHidden(Map<Visibility, String> parts, Location where, String deletionAuthor) {
    for (Map.Entry<Visibility, String> e : parts.entrySet()) {
      String author = e.getKey() == Visibility.TRACKED_DELETION ? deletionAuthor : "";
      give(new TextBlock(story.kind(), where, e.getValue(), author, e.getKey()));
    }
  }

  private void give(TextBlock t) {
    if (inTopTable()) {
      tables.defer(t);
    } else {
      out.text(t);
    }
  }
}
