package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.sheet.CellRefs;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A sheet's comments part ({@code xl/commentsN.bin}): authors and comment texts with their
 * cells. Read here rather than through POI's XSSFBCommentsTable so that the author list itself
 * (which can name people who wrote no surviving comment) is available too.
 */
final class CommentsBin {

  record Comment(String ref, String author, String text) {}

  final List<String> authors = new ArrayList<>();
  final List<Comment> comments = new ArrayList<>();

  static CommentsBin read(InputStream in, String partName) throws IOException, ExtractionException {
    CommentsBin out = new CommentsBin();
    XlsbRecordReader reader = new XlsbRecordReader(in, partName);
    int author = -1;
    String ref = null;
    String text = "";
    while (reader.next()) {
      XlsbRecord r = reader.record();
      switch (r.type()) {
        case RecordTypes.COMMENT_AUTHOR -> out.authors.add(r.wideString());
        case RecordTypes.BEGIN_COMMENT -> {
          author = r.i32();
          int firstRow = r.i32();
          r.i32(); // last row
          int firstCol = r.i32();
          ref = CellRefs.ref(firstRow, firstCol);
          text = "";
        }
        case RecordTypes.COMMENT_TEXT -> text = r.richString();
        case RecordTypes.END_COMMENT -> {
          if (ref != null) {
            String name = author >= 0 && author < out.authors.size() ? out.authors.get(author) : "";
            out.comments.add(new Comment(ref, name, text));
          }
          ref = null;
        }
        default -> {
          // list begin/end markers
        }
      }
    }
    return out;
  }
}
