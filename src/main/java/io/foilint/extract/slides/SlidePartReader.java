package io.foilint.extract.slides;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.drawing.DrawingCrop;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.sheet.CellRefs;
import io.foilint.extract.text.BlockWriter;
import io.foilint.extract.xlsx.XlsxXmlReader;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
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
import java.util.List;
import java.util.Set;

/**
 * Streams one PresentationML part that holds a shape tree — a slide, its notes, a layout or a
 * master — with StAX, one element at a time: the text of every shape paragraph by paragraph
 * ({@code slide 3!Title 1, line 2}), tables ({@code a:tbl}) as {@link TableOrigin#SLIDE_TABLE}
 * table events, alt text as metadata, and cropped pictures (a {@code blipFill}, read by
 * {@link DrawingCrop} as in Word and sheet drawings) handed to
 * {@link Crops}. Nothing but the current shape's state is held.
 *
 * <p>A shape's visibility is decided before its text arrives (the schema puts {@code cNvPr} and
 * the transform first): the part's own reason (hidden slide, speaker notes) wins, then a hidden
 * shape or group ({@code hidden="1"}), then a shape placed wholly outside the slide.
 * {@code mc:Fallback} copies of a shape are skipped (the {@code mc:Choice} is read).
 */
final class SlidePartReader {

  /** How the part is seen: where its content is, and why a reader may not see it. */
  record Part(String place, Visibility partVisibility, TextKind kind, boolean notes,
      boolean checkPosition) {}

  /** Characters kept of one table cell (a cell is one value; a million is far beyond any real one). */
  static final int MAX_CELL = 1_000_000;

  /**
   * Notes-page placeholders that hold no notes text: the slide picture, the slide number and the
   * date (a field the application fills in). Headers and footers typed on notes pages are read.
   */
  private static final Set<String> NOT_NOTES = Set.of("sldImg", "sldNum", "dt");

  /** A group's own transform: child coordinates (chOff/chExt) mapped onto off/ext. */
  private static final class Group {
    final boolean hidden;
    final Box box = new Box();

    Group(boolean hidden) {
      this.hidden = hidden;
    }
  }

  /** One transform ({@code a:xfrm}): offset and extent, and for a group its child frame. */
  private static final class Box {
    long x;
    long y;
    long cx;
    long cy;
    long chX;
    long chY;
    long chCx;
    long chCy;
    boolean placed;
  }

  /** The shape being read. */
  private static final class Shape {
    final String element;
    String name = "";
    boolean hidden;
    String placeholder = "";
    final Box box = new Box();

    Shape(String element) {
      this.element = element;
    }
  }

  private final SlideSize size;
  private final Crops crops;
  private final ExtractionContext context;
  private final ContentHandler out;

  private final Deque<Group> groups = new ArrayDeque<>();
  private Shape shape;
  private Box xfrm;
  private BlockWriter writer;
  private boolean inText;
  private final StringBuilder paragraph = new StringBuilder();
  private boolean inParagraph;
  private boolean inRun;
  // table state
  private Table table;
  private int tablesOnPart;

  /** The table being read: rows are handed on as each ends. */
  private static final class Table {
    int row = -1;
    int column = -1;
    Visibility visibility;
    List<Cell> cells = new ArrayList<>();
    final StringBuilder cell = new StringBuilder();
    boolean inCell;
  }

  SlidePartReader(SlideSize size, Crops crops, ExtractionContext context, ContentHandler out) {
    this.size = size;
    this.crops = crops;
    this.context = context;
    this.out = out;
  }

  /**
   * Reads the part. For a slide, the root's {@code show="0"} makes the whole part
   * {@link Visibility#HIDDEN_SLIDE}; returns true when it did.
   */
  boolean read(XlsxXmlReader xml, Part part) throws ExtractionException {
    Part p = part;
    boolean hiddenSlide = false;
    boolean root = true;
    long events = 0;
    while (xml.next()) {
      if (++events % 20_000 == 0) {
        context.checkDeadline();
      }
      if (xml.isStart()) {
        String local = xml.local();
        if (root && local.equals("sld") && isFalse(xml.attr("show"))) {
          hiddenSlide = true;
          p = new Part(p.place(), Visibility.HIDDEN_SLIDE, p.kind(), p.notes(), p.checkPosition());
        }
        root = false;
        start(xml, local, p);
      } else if (xml.isEnd()) {
        end(xml.local(), p);
      } else if (xml.isText() && inRun) {
        text(xml.text());
      }
    }
    if (table != null) {
      out.endTable(); // a part cut short inside a table: its rows so far were handed on
      table = null;
    }
    if (writer != null) {
      writer.finish();
      writer = null;
    }
    return hiddenSlide;
  }

  /** xsd:boolean false: "0" or "false". */
  static boolean isFalse(String value) {
    return value.equals("0") || value.equals("false");
  }

  private void start(XlsxXmlReader xml, String local, Part p) throws ExtractionException {
    switch (local) {
      case "Fallback" -> xml.skipElement(); // mc:Fallback repeats the mc:Choice in older markup
      case "grpSp" -> groups.push(new Group(!groups.isEmpty() && groups.peek().hidden));
      case "sp", "pic", "graphicFrame", "cxnSp", "contentPart" -> {
        if (shape == null) {
          shape = new Shape(local);
        }
      }
      case "cNvPr" -> {
        String hiddenAttr = xml.attr("hidden");
        boolean hidden = hiddenAttr.equals("1") || hiddenAttr.equals("true");
        if (shape != null && shape.name.isEmpty()) {
          shape.name = xml.attr("name");
          shape.hidden = hidden;
          altText(xml, p);
        } else if (shape == null && !groups.isEmpty() && hidden) {
          Group g = groups.pop();
          Group hiddenGroup = new Group(true);
          copy(g.box, hiddenGroup.box);
          groups.push(hiddenGroup);
        }
      }
      case "ph" -> {
        if (shape != null) {
          shape.placeholder = xml.attr("type").isEmpty() ? "body" : xml.attr("type");
        }
      }
      case "xfrm" -> xfrm = shape != null ? shape.box : groups.isEmpty() ? null : groups.peek().box;
      case "off" -> position(xml, true, false);
      case "ext" -> position(xml, false, false);
      case "chOff" -> position(xml, true, true);
      case "chExt" -> position(xml, false, true);
      case "blipFill" -> crops.offer(p.place(), shape == null ? "" : shape.name,
          DrawingCrop.read(xml));
      case "txBody" -> startText(p);
      case "tbl" -> startTable(p);
      case "tr" -> {
        if (table != null) {
          table.row++;
          table.column = -1;
          table.cells = new ArrayList<>();
        }
      }
      case "tc" -> {
        if (table != null) {
          table.column++;
          table.inCell = true;
          table.cell.setLength(0);
        }
      }
      case "p" -> {
        if (inText) {
          inParagraph = true;
          paragraph.setLength(0);
        }
      }
      case "br" -> {
        if (inParagraph) {
          paragraph.append('\u000B');
        }
      }
      case "t" -> inRun = inParagraph; // only a:t holds text, not the whitespace between tags
      default -> {
        // other elements carry formatting or references read elsewhere (charts, media)
      }
    }
  }

  private void end(String local, Part p) throws ExtractionException {
    switch (local) {
      case "grpSp" -> {
        if (!groups.isEmpty()) {
          groups.pop();
        }
      }
      case "sp", "pic", "graphicFrame", "cxnSp", "contentPart" -> {
        if (shape != null && shape.element.equals(local)) {
          shape = null;
          xfrm = null;
        }
      }
      case "xfrm" -> xfrm = null;
      case "t" -> inRun = false;
      case "p" -> {
        if (inParagraph) {
          inParagraph = false;
          if (table != null && table.inCell) {
            if (table.cell.length() > 0 && paragraph.length() > 0) {
              table.cell.append('\n');
            }
            table.cell.append(paragraph);
          } else if (writer != null) {
            writer.write(paragraph);
            writer.write('\n');
          }
        }
      }
      case "txBody" -> {
        if (table != null && table.inCell) {
          inText = false;
        } else if (writer != null) {
          writer.finish();
          writer = null;
          inText = false;
        }
      }
      case "tc" -> {
        if (table != null && table.inCell) {
          table.inCell = false;
          String value = table.cell.toString().strip();
          if (!value.isEmpty()) {
            table.cells.add(new Cell(CellRefs.ref(table.row, table.column), table.column, value,
                table.visibility));
          }
        }
      }
      case "tr" -> {
        if (table != null && table.row >= 0 && !table.cells.isEmpty()) {
          out.row(new Row(table.row, table.visibility, table.cells));
        }
      }
      case "tbl" -> {
        if (table != null) {
          out.endTable();
          table = null;
        }
      }
      default -> {
        // nothing to close
      }
    }
  }

  /**
   * Text of the current paragraph. A shape's paragraph longer than a text block goes on to the
   * writer in pieces (it cuts long lines itself), so memory stays bounded and nothing is dropped;
   * a table cell is kept whole up to {@link #MAX_CELL} characters.
   */
  private void text(String chars) throws ExtractionException {
    if (!inParagraph) {
      return;
    }
    if (table != null && table.inCell) {
      int room = MAX_CELL - table.cell.length() - paragraph.length();
      paragraph.append(chars, 0, Math.max(0, Math.min(room, chars.length())));
      return;
    }
    paragraph.append(chars);
    if (paragraph.length() > BlockWriter.MAX_BLOCK && writer != null) {
      writer.write(paragraph);
      paragraph.setLength(0);
    }
  }

  private void position(XlsxXmlReader xml, boolean offset, boolean child) {
    if (xfrm == null) {
      return;
    }
    long a = SlideSize.emu(xml.attr(offset ? "x" : "cx"));
    long b = SlideSize.emu(xml.attr(offset ? "y" : "cy"));
    if (child && offset) {
      xfrm.chX = a;
      xfrm.chY = b;
    } else if (child) {
      xfrm.chCx = a;
      xfrm.chCy = b;
    } else if (offset) {
      xfrm.x = a;
      xfrm.y = b;
      xfrm.placed = true;
    } else {
      xfrm.cx = a;
      xfrm.cy = b;
    }
  }

  private static void copy(Box from, Box to) {
    to.x = from.x;
    to.y = from.y;
    to.cx = from.cx;
    to.cy = from.cy;
    to.chX = from.chX;
    to.chY = from.chY;
    to.chCx = from.chCx;
    to.chCy = from.chCy;
    to.placed = from.placed;
  }

  /** Why the current shape's content is not seen, outermost first; VISIBLE when it is. */
  private Visibility shapeVisibility(Part p) {
    if (p.partVisibility().isHidden()) {
      return p.partVisibility();
    }
    boolean hidden = shape != null && shape.hidden || !groups.isEmpty() && groups.peek().hidden;
    if (hidden) {
      return Visibility.HIDDEN_SHAPE;
    }
    if (p.checkPosition() && shape != null && shape.box.placed && offSlide(shape.box)) {
      return Visibility.OUTSIDE_PAGE;
    }
    return Visibility.VISIBLE;
  }

  /** The shape's box mapped through every enclosing group onto the slide, then compared. */
  private boolean offSlide(Box b) {
    double x = b.x;
    double y = b.y;
    double cx = b.cx;
    double cy = b.cy;
    for (Group g : groups) { // innermost first
      Box gb = g.box;
      double sx = gb.chCx == 0 ? 1 : (double) gb.cx / gb.chCx;
      double sy = gb.chCy == 0 ? 1 : (double) gb.cy / gb.chCy;
      x = gb.x + (x - gb.chX) * sx;
      y = gb.y + (y - gb.chY) * sy;
      cx *= sx;
      cy *= sy;
    }
    return size.outside(x, y, cx, cy);
  }

  private void startText(Part p) {
    if (table != null && table.inCell) {
      inText = true;
      return;
    }
    if (shape == null || p.notes() && NOT_NOTES.contains(shape.placeholder)) {
      inText = false;
      return;
    }
    Visibility v = shapeVisibility(p);
    TextKind kind = v == Visibility.HIDDEN_SHAPE || v == Visibility.OUTSIDE_PAGE
        ? TextKind.SHAPE_TEXT : p.kind();
    writer = new BlockWriter(context, out, p.place(), shapeName(), kind, v);
    inText = true;
  }

  private void startTable(Part p) {
    if (table != null) {
      return; // a table in a table cell is read as the outer cell's text
    }
    tablesOnPart++;
    table = new Table();
    table.visibility = shapeVisibility(p);
    String name = shape == null || shape.name.isBlank() ? "table " + tablesOnPart : shape.name;
    out.startTable(new TableStart(TableOrigin.SLIDE_TABLE, name, Location.of(p.place()),
        table.visibility));
  }

  private String shapeName() {
    return shape == null || shape.name.isBlank() ? shape == null ? "" : shape.element
        : shape.name.strip();
  }

  private void altText(XlsxXmlReader xml, Part p) {
    String alt = (xml.attr("title") + " " + xml.attr("descr")).strip();
    if (!alt.isEmpty()) {
      out.text(new TextBlock(TextKind.SHAPE_TEXT,
          Location.of(p.place(), shapeName() + ", alt text"), alt, "", Visibility.METADATA));
    }
  }
}
