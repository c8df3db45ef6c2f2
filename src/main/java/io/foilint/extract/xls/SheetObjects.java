package io.foilint.extract.xls;

import io.foilint.extract.sheet.CellRefs;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.record.CommonObjectDataSubRecord;
import org.apache.poi.hssf.record.NoteRecord;
import org.apache.poi.hssf.record.ObjRecord;
import org.apache.poi.hssf.record.SubRecord;
import org.apache.poi.hssf.record.TextObjectRecord;

/**
 * The drawing objects of one sheet: OBJ records (with the hidden flag of the shape drawn just
 * before), TXO text and NOTE records. NOTEs come at the end of the sheet and point back at their
 * OBJ, so texts are held (they are small) until the sheet ends.
 */
final class SheetObjects {

  private record ObjectText(int objectId, String text, boolean hidden) {}

  private final String sheet;
  private final Map<Integer, ObjectText> texts = new LinkedHashMap<>();
  private final Map<Integer, Boolean> hiddenById = new LinkedHashMap<>();
  private final List<NoteRecord> notes = new ArrayList<>();
  private Boolean lastShapeHidden;
  private int lastObjectId = -1;

  SheetObjects(String sheet) {
    this.sheet = sheet;
  }

  void drawing(byte[] escher) {
    Boolean hidden = EscherShapes.lastShapeHidden(escher);
    if (hidden != null) {
      lastShapeHidden = hidden;
    }
  }

  void obj(ObjRecord obj) {
    for (SubRecord sub : obj.getSubRecords()) {
      if (sub instanceof CommonObjectDataSubRecord cmo) {
        lastObjectId = cmo.getObjectId();
        hiddenById.put(lastObjectId, Boolean.TRUE.equals(lastShapeHidden));
        lastShapeHidden = null;
        return;
      }
    }
  }

  void txo(TextObjectRecord txo) {
    if (txo.getStr() == null) {
      return;
    }
    String text = txo.getStr().getString();
    if (text == null || text.isEmpty()) {
      return;
    }
    boolean hidden = hiddenById.getOrDefault(lastObjectId, false);
    texts.put(lastObjectId, new ObjectText(lastObjectId, text, hidden));
  }

  void note(NoteRecord note) {
    notes.add(note);
  }

  /** The comments, their authors and the remaining shape texts, for after the sheet's table. */
  void emit(List<Object> events) {
    Set<String> authors = new LinkedHashSet<>();
    for (NoteRecord note : notes) {
      ObjectText t = texts.remove(note.getShapeId());
      String author = note.getAuthor() == null ? "" : note.getAuthor().trim();
      String text = t == null ? "" : t.text();
      String ref = CellRefs.ref(note.getRow(), note.getColumn());
      events.add(new TextBlock(TextKind.COMMENT, Location.of(sheet, ref), text, author, Visibility.COMMENT));
      if (!author.isEmpty()) {
        authors.add(author);
      }
    }
    for (String author : authors) {
      events.add(new Fact(FactKind.COMMENT_AUTHOR, Location.of(sheet), "author", author));
    }
    for (ObjectText t : texts.values()) {
      events.add(
          new TextBlock(
              TextKind.SHAPE_TEXT,
              Location.of(sheet, "shape " + t.objectId()),
              t.text(),
              "",
              t.hidden() ? Visibility.HIDDEN_SHAPE : Visibility.VISIBLE));
    }
  }
}
