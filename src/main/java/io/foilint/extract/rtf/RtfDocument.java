package io.foilint.extract.rtf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.text.BlockWriter;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * What an RTF document's control words mean for foilint: visible body text; text formatted hidden
 * ({@code \v}) as {@link Visibility#WORD_HIDDEN_TEXT} and tracked deletions ({@code \deleted}) as
 * {@link Visibility#TRACKED_DELETION} — Word keeps both in the file and Tika's RTF parser drops
 * them; headers and footers (visible page text, located {@code headers and footers}); annotations ({@code \annotation}) with their author
 * ({@code \atnauthor}) as comments; the revision table's authors ({@code \*\revtbl}) and the
 * {@code \info} fields as document properties; embedded objects ({@code \objdata}) unwrapped by
 * {@link RtfObject} and handed to the engine. Font, colour and style tables, pictures and other
 * destinations marked {@code \*} that foilint does not know are skipped as formatting.
 */
final class RtfDocument implements RtfScanner.Tokens {

  /** Deepest group nesting read; deeper is damage or an attack on the reader. */
  private static final int MAX_GROUP_DEPTH = 10_000;

  private static final Set<String> SKIPPED = Set.of(
      "fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "pict", "themedata",
      "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "rsidtbl", "generator",
      "filetbl", "pgdsctbl", "fldinst", "bkmkstart", "bkmkend", "nonshppict", "sp", "sn", "sv",
      "objclass", "objname", "result", "atnid", "atnref", "atndate", "atnicn", "atntime",
      "atnparent", "listtext", "pntext", "pntxta", "pntxtb", "mmathPr", "userprops", "docvar",
      "xe", "tc", "formfield", "datafield", "blipuid", "wgrffmtfilter", "passwordhash");

  /** {@code \info} fields that are document properties, by the name document-properties uses. */
  private static final Map<String, String> INFO = Map.of(
      "title", "title", "subject", "subject", "author", "author", "operator", "lastModifiedBy",
      "manager", "manager", "company", "company", "category", "category", "keywords", "keywords",
      "comment", "comment", "doccomm", "comments");

  private static final Set<String> HEADERS = Set.of(
      "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf");

  private enum Dest { BODY, SKIP, INFO, INFO_FIELD, ATN_AUTHOR, ANNOTATION, REVTBL, OBJDATA, HEADER }

  /** Formatting and destination of one group; copied when a group opens. */
  private static final class State implements Cloneable {
    Dest dest = Dest.BODY;
    String field = "";
    boolean hidden;
    boolean deleted;
    /** The paragraph is in a table ({@code \\intbl}); {@code \\pard} ends it. */
    boolean inTable;
    int unicodeSkip = 1;
    /** True for the group that opened the destination: its end finishes what was collected. */
    boolean owner;
    boolean starred;
    boolean first = true;

    State copy() {
      try {
        State s = (State) clone();
        s.owner = false;
        s.starred = false;
        s.first = true;
        return s;
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final ExtractionContext context;
  private final ContentHandler out;
  private final BlockWriter visible;
  private final BlockWriter hidden;
  private final BlockWriter deleted;
  private final BlockWriter headers;
  private final RtfTable table;
  private final Deque<State> stack = new ArrayDeque<>();
  private State state = new State();
  private Charset codepage = Charset.forName("windows-1252");
  private int skipChars;
  private final StringBuilder collected = new StringBuilder();
  private final ByteArrayOutputStream object = new ByteArrayOutputStream();
  private int objectHigh = -1;
  private String annotationAuthor = "";
  private int annotations;
  private int objects;
  private final long maxObjectBytes;

  RtfDocument(ExtractionContext context, ContentHandler out) {
    this.context = context;
    this.out = out;
    this.visible = new BlockWriter(context, out, "", TextKind.BODY, Visibility.VISIBLE);
    this.hidden = new BlockWriter(context, out, "hidden text", TextKind.BODY, Visibility.WORD_HIDDEN_TEXT);
    this.deleted = new BlockWriter(context, out, "tracked deletions", TextKind.BODY, Visibility.TRACKED_DELETION);
    // a document's headers and footers show on every page (a workbook's only when printed)
    this.headers = new BlockWriter(context, out, "headers and footers", TextKind.BODY, Visibility.VISIBLE);
    this.maxObjectBytes = context.limits().maxFileBytes();
    this.table = new RtfTable(out);
  }

  void finish() throws ExtractionException {
    table.close();
    visible.finish();
    hidden.finish();
    deleted.finish();
    headers.finish();
  }

  @Override
  public void groupStart() throws IOException {
    if (stack.size() >= MAX_GROUP_DEPTH) {
      throw new Stop(new ExtractionException(Reason.CORRUPT,
          "The RTF document nests groups more than " + MAX_GROUP_DEPTH + " deep"));
    }
    stack.push(state);
    state = state.copy();
  }

  @Override
  public void groupEnd() throws IOException {
    if (state.owner) {
      endDestination();
    }
    if (!stack.isEmpty()) {
      state = stack.pop();
    }
  }

  @Override
  public void word(String name, int param, boolean hasParam) throws IOException {
    boolean first = state.first;
    state.first = false;
    if (skipChars > 0 && !name.equals("par")) {
      skipChars = 0; // a control word ends a \\u fallback
    }
    switch (name) {
      case "v" -> state.hidden = !hasParam || param != 0;
      case "deleted" -> state.deleted = !hasParam || param != 0;
      case "plain" -> {
        state.hidden = false;
        state.deleted = false;
      }
      case "intbl" -> state.inTable = state.dest == Dest.BODY;
      case "pard" -> state.inTable = false;
      case "itap" -> state.inTable = state.dest == Dest.BODY && hasParam && param > 0;
      case "cell" -> cellOrTab(false);
      case "nestcell", "nestrow" -> cellOrTab(true);
      case "row" -> endOfRow();
      case "uc" -> state.unicodeSkip = Math.max(0, Math.min(param, 8));
      case "u" -> {
        int cp = param < 0 ? param + 65536 : param;
        text((char) cp);
        skipChars = state.unicodeSkip;
      }
      case "ansicpg" -> codepage = codepage(param);
      case "par", "sect", "page" -> paragraph();
      case "line" -> text('\n');
      case "tab" -> text('\t');
      case "emdash" -> text('\u2014');
      case "endash" -> text('\u2013');
      case "lquote", "rquote" -> text('\'');
      case "ldblquote", "rdblquote" -> text('"');
      case "bullet" -> text('\u2022');
      case "info" -> state.dest = state.dest == Dest.BODY ? Dest.INFO : state.dest;
      case "atnauthor" -> start(Dest.ATN_AUTHOR, name);
      case "annotation" -> start(Dest.ANNOTATION, name);
      case "revtbl" -> start(Dest.REVTBL, name);
      case "objdata" -> start(Dest.OBJDATA, name);
      default -> {
        if (INFO.containsKey(name) && first && inInfo()) {
          start(Dest.INFO_FIELD, INFO.get(name));
        } else if (HEADERS.contains(name) && first) {
          table.close();
          state.dest = Dest.HEADER;
        } else if (first && (SKIPPED.contains(name) || state.starred)) {
          state.dest = Dest.SKIP;
        } else if (name.equals("footnote") && first) {
          state.dest = state.dest == Dest.SKIP ? Dest.SKIP : Dest.BODY;
        }
      }
    }
  }

  /** Whether this group sits directly inside {@code \info}. */
  private boolean inInfo() {
    return stack.peek() != null && stack.peek().dest == Dest.INFO;
  }

  private void start(Dest dest, String field) {
    state.dest = dest;
    state.field = field;
    state.owner = true;
    collected.setLength(0);
    object.reset();
    objectHigh = -1;
  }

  @Override
  public void symbol(char c) throws IOException {
    switch (c) {
      case '*' -> state.starred = true;
      case '~' -> text('\u00A0');
      case '_' -> text('-');
      case '\\', '{', '}' -> text(c);
      default -> {}
    }
    state.first = c == '*' ? state.first : false;
  }

  @Override
  public void textByte(int b) throws IOException {
    state.first = false;
    if (state.dest == Dest.OBJDATA) {
      int digit = Character.digit(b, 16);
      if (digit >= 0) {
        if (objectHigh < 0) {
          objectHigh = digit;
        } else {
          objectByte(objectHigh * 16 + digit);
          objectHigh = -1;
        }
      }
      return;
    }
    if (skipChars > 0) {
      skipChars--;
      return;
    }
    text(new String(new byte[] {(byte) b}, codepage).charAt(0));
  }

  @Override
  public void binary(InputStream in, long length) throws IOException {
    for (long i = 0; i < length; i++) {
      int b = in.read();
      if (b < 0) {
        return;
      }
      if (state.dest == Dest.OBJDATA) {
        objectByte(b);
      }
    }
  }

  private void objectByte(int b) {
    if (object.size() >= maxObjectBytes) {
      throw new Stop(new ExtractionException(Reason.LIMIT_EXCEEDED,
          "An object embedded in the RTF document is over the " + maxObjectBytes + "-byte limit"));
    }
    object.write(b);
  }

  private void text(char c) throws IOException {
    try {
      switch (state.dest) {
        case BODY -> {
          if (state.inTable) {
            flushBodyBeforeTable();
            table.text(c, state.deleted ? Visibility.TRACKED_DELETION
                : state.hidden ? Visibility.WORD_HIDDEN_TEXT : Visibility.VISIBLE);
          } else {
            table.close();
            (state.deleted ? deleted : state.hidden ? hidden : visible).write(c);
          }
        }
        case HEADER -> headers.write(c);
        case INFO_FIELD, ATN_AUTHOR, ANNOTATION, REVTBL -> {
          if (collected.length() < BlockWriter.MAX_BLOCK) {
            collected.append(c);
          }
        }
        default -> {}
      }
    } catch (ExtractionException e) {
      throw new Stop(e);
    }
  }

  /** A paragraph mark ends the paragraph in every body stream (visible, hidden, deleted). */
  private void paragraph() throws IOException {
    try {
      switch (state.dest) {
        case BODY -> {
          if (state.inTable) {
            table.paragraph();
          } else {
            table.close();
            visible.breakParagraph();
            hidden.breakParagraph();
            deleted.breakParagraph();
          }
        }
        case HEADER -> headers.breakParagraph();
        case ANNOTATION -> text('\n');
        default -> {}
      }
    } catch (ExtractionException e) {
      throw new Stop(e);
    }
  }

  /** {@code \\cell} ends a table cell; in a nested table it only separates words of the outer cell. */
  private void cellOrTab(boolean nested) throws IOException {
    if (state.dest != Dest.BODY) {
      text('\t');
    } else if (nested) {
      table.text(' ', Visibility.VISIBLE);
    } else {
      flushBodyBeforeTable();
      table.endCell();
    }
  }

  private void endOfRow() throws IOException {
    if (state.dest == Dest.BODY) {
      table.endRow();
    } else {
      paragraph();
    }
  }

  /** Text written before the table starts is given out first: no text events inside a table. */
  private void flushBodyBeforeTable() throws IOException {
    if (table.isOpen()) {
      return;
    }
    try {
      visible.breakParagraph();
      hidden.breakParagraph();
      deleted.breakParagraph();
      headers.breakParagraph();
    } catch (ExtractionException e) {
      throw new Stop(e);
    }
  }

  private void endDestination() throws IOException {
    if (state.dest != Dest.ATN_AUTHOR && state.dest != Dest.ANNOTATION) {
      table.close(); // facts and embedded documents never arrive inside a table
    }
    String value = collected.toString().strip();
    switch (state.dest) {
      case INFO_FIELD -> {
        if (!value.isEmpty()) {
          out.fact(new Fact(FactKind.DOCUMENT_PROPERTY, Location.of("document information"),
              state.field, value));
        }
      }
      case ATN_AUTHOR -> annotationAuthor = value;
      case ANNOTATION -> {
        annotations++;
        if (!value.isEmpty()) {
          TextBlock comment = new TextBlock(TextKind.COMMENT,
              new Location("", "annotations", "annotation " + annotations), value, annotationAuthor,
              Visibility.COMMENT);
          if (table.isOpen()) {
            table.defer(comment);
          } else {
            out.text(comment);
          }
        }
        annotationAuthor = "";
      }
      case REVTBL -> {
        for (String author : value.split(";")) {
          String a = author.strip();
          if (!a.isEmpty() && !a.equalsIgnoreCase("Unknown")) {
            out.fact(new Fact(FactKind.DOCUMENT_PROPERTY, Location.of("revision table"),
                "revisionUser", a));
          }
        }
      }
      case OBJDATA -> embedObject();
      default -> {}
    }
    collected.setLength(0);
  }

  private void embedObject() throws IOException {
    if (object.size() == 0) {
      return;
    }
    objects++;
    RtfObject o = RtfObject.unwrap(object.toByteArray());
    object.reset();
    String name = "object " + objects + (o.className().isEmpty() ? "" : " (" + o.className() + ")");
    context.embedded(name, new java.io.ByteArrayInputStream(o.data()));
  }

  private static Charset codepage(int cp) {
    try {
      return cp == 65001 ? Charset.forName("UTF-8") : Charset.forName("windows-" + cp);
    } catch (RuntimeException e) {
      try {
        return Charset.forName("Cp" + cp);
      } catch (RuntimeException e2) {
        return Charset.forName("windows-1252");
      }
    }
  }

  /** Carries an {@link ExtractionException} out through the scanner's IOException signature. */
  static final class Stop extends UncheckedIOException {
    final ExtractionException reason;

    Stop(ExtractionException reason) {
      super(new IOException(reason.getMessage()));
      this.reason = reason;
    }
  }
}
