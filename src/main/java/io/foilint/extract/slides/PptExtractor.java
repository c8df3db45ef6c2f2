package io.foilint.extract.slides;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.extract.sheet.CellRefs;
import io.foilint.extract.text.BlockWriter;
import io.foilint.extract.xls.DocumentProperties;
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
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ddf.EscherPropertyTypes;
import org.apache.poi.hslf.exceptions.EncryptedPowerPointFileException;
import org.apache.poi.hslf.usermodel.HSLFComment;
import org.apache.poi.hslf.usermodel.HSLFGroupShape;
import org.apache.poi.hslf.usermodel.HSLFNotes;
import org.apache.poi.hslf.usermodel.HSLFObjectData;
import org.apache.poi.hslf.usermodel.HSLFShape;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTable;
import org.apache.poi.hslf.usermodel.HSLFTableCell;
import org.apache.poi.hslf.usermodel.HSLFTextShape;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.sl.usermodel.Placeholder;

/**
 * Reads PowerPoint 97-2003 presentations (ppt) with POI HSLF over a read-only OLE2 file system:
 * each slide's shapes (text through {@link BlockWriter}, tables as
 * {@link TableOrigin#SLIDE_TABLE}, hidden shapes, shapes placed off the slide), hidden slides
 * (the SlideAtom's hidden flag), speaker notes, comments with their authors, the summary
 * information properties (the xls reader's {@link DocumentProperties}), pictures listed, and each
 * embedded OLE object handed to the engine as an OLE2 file of its own (read there by the OLE
 * object reader). An encrypted file is {@code ENCRYPTED}; any other failure {@code CORRUPT} with
 * the reason in plain words.
 */
public final class PptExtractor implements Extractor {

  /** OfficeArt group-shape boolean properties: fHidden and its "use" bit. */
  private static final int F_HIDDEN = 0x2;

  private static final int F_USE_HIDDEN = 0x20000;

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        HSLFSlideShow show = new HSLFSlideShow(fs)) {
      read(show, context, out);
      DocumentProperties.read(fs.getRoot(), out);
    } catch (EncryptedPowerPointFileException e) {
      throw new ExtractionException(Reason.ENCRYPTED,
          "The PowerPoint presentation is protected with a password, so its slides cannot be"
              + " read.", e);
    } catch (ExtractionException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(Reason.CORRUPT,
          "The PowerPoint 97-2003 presentation is damaged or not what it claims to be, so its"
              + " slides cannot be read (" + reason(e) + ").", e);
    }
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName()
        : m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  private static void read(HSLFSlideShow show, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    Dimension page = show.getPageSize();
    int n = 0;
    int comments = 0;
    for (HSLFSlide slide : show.getSlides()) {
      n++;
      String place = "slide " + n;
      Visibility slideVisibility = slide.isHidden() ? Visibility.HIDDEN_SLIDE : Visibility.VISIBLE;
      new Shapes(context, out, place, page, false).read(slide.getShapes(), slideVisibility, false);
      HSLFNotes notes = slide.getNotes();
      if (notes != null) {
        new Shapes(context, out, place + " notes", page, true)
            .read(notes.getShapes(), Visibility.SPEAKER_NOTES, false);
      }
      for (HSLFComment c : slide.getComments()) {
        comments++;
        out.text(new TextBlock(TextKind.COMMENT, Location.of(place, "comment " + comments),
            c.getText(), c.getAuthor(), Visibility.COMMENT));
        if (c.getAuthor() != null && !c.getAuthor().isBlank()) {
          out.fact(new Fact(FactKind.COMMENT_AUTHOR, Location.of(place), c.getAuthor(), c.getAuthor()));
        }
      }
      context.checkDeadline();
    }
    int pictures = show.getPictureData().size();
    if (pictures > 0) {
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of("Pictures"), "Pictures",
          "The presentation holds " + pictures + (pictures == 1 ? " picture" : " pictures")
              + " (the Pictures stream); foilint does not read pictures, so what they show was not"
              + " checked",
          Map.of("pictures", "true", "count", String.valueOf(pictures))));
    }
    int objects = 0;
    for (HSLFObjectData object : show.getEmbeddedObjects()) {
      objects++;
      String name = "embedded object " + objects;
      out.fact(new Fact(FactKind.EMBEDDED_OBJECT, Location.of(name), name, "embedded object",
          FactAttr.attrs().put(FactAttr.SCANNED, true).build()));
      try (InputStream in = object.getInputStream()) {
        context.embedded(name + ".ole", in);
      }
    }
  }

  /** The shapes of one slide or notes page, groups and tables included. */
  private static final class Shapes {
    private final ExtractionContext context;
    private final ContentHandler out;
    private final String place;
    private final Dimension page;
    private final boolean notes;
    private int tables;

    Shapes(ExtractionContext context, ContentHandler out, String place, Dimension page,
        boolean notes) {
      this.context = context;
      this.out = out;
      this.place = place;
      this.page = page;
      this.notes = notes;
    }

    void read(List<HSLFShape> shapes, Visibility outer, boolean inGroup)
        throws ExtractionException {
      for (HSLFShape shape : shapes) {
        Visibility v = Visibility.firstHidden(outer, hidden(shape) ? Visibility.HIDDEN_SHAPE
            : !inGroup && offPage(shape) ? Visibility.OUTSIDE_PAGE : Visibility.VISIBLE);
        if (shape instanceof HSLFTable table) {
          table(table, v);
        } else if (shape instanceof HSLFGroupShape group) {
          read(group.getShapes(), v, true);
        } else if (shape instanceof HSLFTextShape text && !notPartOfNotes(text)) {
          String name = shape.getShapeName() == null ? "" : shape.getShapeName();
          TextKind kind = notes ? TextKind.OTHER
              : v == Visibility.HIDDEN_SHAPE || v == Visibility.OUTSIDE_PAGE
              ? TextKind.SHAPE_TEXT : TextKind.BODY;
          BlockWriter w = new BlockWriter(context, out, place, name, kind, v);
          w.write(String.valueOf(text.getText()));
          w.finish();
        }
      }
    }

    private boolean notPartOfNotes(HSLFTextShape text) {
      if (!notes) {
        return false;
      }
      Placeholder p = text.getPlaceholder();
      return p == Placeholder.SLIDE_NUMBER || p == Placeholder.SLIDE_IMAGE
          || p == Placeholder.DATETIME;
    }

    private void table(HSLFTable table, Visibility v) {
      tables++;
      // HSLF names a table shape after its Escher type ("NotPrimitive 5122"): number it instead
      String name = "table " + tables;
      out.startTable(new TableStart(TableOrigin.SLIDE_TABLE, name, Location.of(place), v));
      for (int r = 0; r < table.getNumberOfRows(); r++) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < table.getNumberOfColumns(); c++) {
          HSLFTableCell cell = table.getCell(r, c);
          String value = cell == null || cell.getText() == null ? "" : cell.getText().strip();
          if (!value.isEmpty()) {
            cells.add(new Cell(CellRefs.ref(r, c), c, value, v));
          }
        }
        if (!cells.isEmpty()) {
          out.row(new Row(r, v, cells));
        }
      }
      out.endTable();
    }

    private static boolean hidden(HSLFShape shape) {
      int flags = shape.getEscherProperty(EscherPropertyTypes.GROUPSHAPE__FLAGS, 0);
      return (flags & F_HIDDEN) != 0 && ((flags & F_USE_HIDDEN) != 0 || (flags >>> 16) == 0);
    }

    private boolean offPage(HSLFShape shape) {
      if (notes || page == null || page.width <= 0 || page.height <= 0) {
        return false;
      }
      Rectangle2D a = shape.getAnchor();
      if (a == null) {
        return false;
      }
      return a.getMaxX() <= 0 || a.getMaxY() <= 0 || a.getMinX() >= page.width
          || a.getMinY() >= page.height;
    }
  }
}
