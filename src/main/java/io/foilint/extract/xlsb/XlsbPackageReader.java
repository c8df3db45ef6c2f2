package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.sheet.ThemeColours;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Walks an open xlsb package: the workbook part first (sheets, names), then every sheet in tab
 * order with its comments and drawings, then every other part of the package. Parts are found
 * through relationships; whatever is left over is classified by name and content type, and
 * anything foilint cannot interpret is reported as UNINSPECTED_PART rather than skipped.
 */
final class XlsbPackageReader {

  private static final String REL_OFFICE_DOCUMENT =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

  private final OPCPackage pkg;
  private final ExtractionContext context;
  private final ContentHandler out;
  /** Parts already read, so the catch-all pass does not report them again. */
  private final Set<String> handled = new HashSet<>();
  /** Drawing part name to the sheet it belongs to. */
  private final Map<String, String> drawingSheets = new HashMap<>();

  XlsbPackageReader(OPCPackage pkg, ExtractionContext context, ContentHandler out) {
    this.pkg = pkg;
    this.context = context;
    this.out = out;
  }

  void read() throws IOException, ExtractionException {
    PackagePart workbook = workbookPart();
    handled.add(name(workbook));
    WorkbookBin wb;
    try (InputStream in = workbook.getInputStream()) {
      wb = WorkbookBin.read(in, name(workbook));
    }
    ThemeColours theme = readTheme(workbook);
    CellStyles styles = readStyles(workbook, theme);
    SharedStringsBin strings = readSharedStrings(workbook);

    if (!wb.absPath.isBlank()) {
      out.fact(new Fact(FactKind.SAVE_PATH, Location.of(name(workbook)), "absPath", wb.absPath));
    }
    for (WorkbookBin.SheetEntry sheet : wb.sheets) {
      readSheet(workbook, sheet, strings, styles);
      context.checkDeadline();
    }
    reportNames(workbook, wb);
    new OtherPartsReader(pkg, context, out, handled, drawingSheets).readAll();
  }

  private PackagePart workbookPart() throws ExtractionException {
    for (PackageRelationship rel : pkg.getRelationshipsByType(REL_OFFICE_DOCUMENT)) {
      PackagePart part = target(null, rel);
      if (part != null) {
        return part;
      }
    }
    throw new ExtractionException(
        Reason.CORRUPT, "The file has no workbook part, so it is not a usable Excel binary workbook.");
  }

  private ThemeColours readTheme(PackagePart workbook) throws IOException, ExtractionException {
    PackagePart part = firstRelated(workbook, "/theme");
    if (part == null) {
      return ThemeColours.OFFICE_DEFAULT;
    }
    handled.add(name(part));
    try (InputStream in = part.getInputStream()) {
      return CellStyles.readTheme(in, name(part));
    }
  }

  private CellStyles readStyles(PackagePart workbook, ThemeColours theme) throws IOException, ExtractionException {
    PackagePart part = firstRelated(workbook, "/styles");
    if (part == null) {
      return CellStyles.NONE;
    }
    handled.add(name(part));
    try (InputStream in = part.getInputStream()) {
      return CellStyles.read(in, name(part), theme);
    }
  }

  private SharedStringsBin readSharedStrings(PackagePart workbook) throws IOException, ExtractionException {
    PackagePart part = firstRelated(workbook, "/sharedStrings");
    if (part == null) {
      return SharedStringsBin.EMPTY;
    }
    handled.add(name(part));
    try (InputStream in = part.getInputStream()) {
      return SharedStringsBin.read(in, name(part));
    }
  }

  private void readSheet(PackagePart workbook, WorkbookBin.SheetEntry sheet, SharedStringsBin strings, CellStyles styles)
      throws IOException, ExtractionException {
    PackageRelationship rel = sheet.relId().isEmpty() ? null : workbook.getRelationship(sheet.relId());
    PackagePart part = rel == null ? null : target(workbook, rel);
    if (part == null) {
      throw new ExtractionException(
          Reason.CORRUPT,
          "The workbook lists a sheet \"" + sheet.name() + "\" whose part is missing: the file is damaged.");
    }
    String partName = name(part);
    handled.add(partName);
    String type = rel.getRelationshipType();
    if (type.endsWith("/chartsheet")) {
      // a chart sheet has no cells; its chart is read with the other chart parts
      if (sheet.visibility().isHidden()) {
        out.fact(new Fact(FactKind.CHART, Location.of(sheet.name()), sheet.name(), partName,
            Map.of("chartsheet", "true", "state", sheet.stateWord())));
      }
    } else {
      if (type.endsWith("Macrosheet")) {
        out.fact(new Fact(FactKind.XLM_MACRO_SHEET, Location.of(sheet.name()), sheet.name(), partName,
            FactAttr.attrs().put(FactAttr.STATE, sheet.stateWord()).build()));
      }
      try (InputStream in = part.getInputStream()) {
        new SheetBinReader(sheet.name(), sheet.visibility(), strings, styles, part::getInputStream, context, out)
            .read(in, partName);
      }
    }
    readComments(part, sheet.name());
    for (PackageRelationship drawing : relationships(part, "/drawing")) {
      PackagePart d = target(part, drawing);
      if (d != null) {
        drawingSheets.put(name(d), sheet.name());
      }
    }
  }

  private void readComments(PackagePart sheetPart, String sheet) throws IOException, ExtractionException {
    for (PackageRelationship rel : relationships(sheetPart, "/comments")) {
      PackagePart part = target(sheetPart, rel);
      if (part == null) {
        continue;
      }
      handled.add(name(part));
      CommentsBin comments;
      try (InputStream in = part.getInputStream()) {
        comments = CommentsBin.read(in, name(part));
      }
      for (CommentsBin.Comment c : comments.comments) {
        out.text(new TextBlock(TextKind.COMMENT, Location.of(sheet, c.ref()), c.text(), c.author(), Visibility.COMMENT));
      }
      for (String author : new LinkedHashSet<>(comments.authors)) {
        if (!author.isBlank()) {
          out.fact(new Fact(FactKind.COMMENT_AUTHOR, Location.of(sheet), "author", author));
        }
      }
    }
  }

  private void reportNames(PackagePart workbook, WorkbookBin wb) {
    NameFormula decoder = new NameFormula(wb);
    for (WorkbookBin.NameEntry n : wb.names) {
      NameFormula.Decoded d = decoder.decode(n.rgce());
      boolean toHidden = d.sheetIndexes().stream().anyMatch(i -> wb.sheets.get(i).visibility().isHidden());
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("hidden", Boolean.toString(n.hidden()));
      attrs.put("builtin", Boolean.toString(n.builtin() || n.name().startsWith("_xlnm.")));
      attrs.put("refersToHiddenSheet", Boolean.toString(toHidden));
      attrs.put("external", Boolean.toString(d.external()));
      attrs.put("decoded", Boolean.toString(d.complete()));
      String scope = n.sheetScope() >= 0 && n.sheetScope() < wb.sheets.size() ? wb.sheets.get(n.sheetScope()).name() : "";
      if (!scope.isEmpty()) {
        attrs.put("scope", scope);
      }
      out.fact(new Fact(FactKind.DEFINED_NAME, Location.of(name(workbook), n.name()), n.name(), d.text(), attrs));
    }
  }

  private PackagePart firstRelated(PackagePart from, String typeSuffix) throws ExtractionException {
    for (PackageRelationship rel : relationships(from, typeSuffix)) {
      PackagePart part = target(from, rel);
      if (part != null) {
        return part;
      }
    }
    return null;
  }

  static List<PackageRelationship> relationships(PackagePart from, String typeSuffix) throws ExtractionException {
    try {
      List<PackageRelationship> matching = new java.util.ArrayList<>();
      for (PackageRelationship r : from.getRelationships()) {
        if (r.getRelationshipType() != null && r.getRelationshipType().endsWith(typeSuffix)) {
          matching.add(r);
        }
      }
      return matching;
    } catch (InvalidFormatException e) {
      throw new ExtractionException(
          Reason.CORRUPT, "The relationships of " + name(from) + " cannot be read: the file is damaged.", e);
    }
  }

  /** The internal part a relationship points to, or null when it points outside the package. */
  static PackagePart target(PackagePart from, PackageRelationship rel) {
    if (rel.getTargetMode() == TargetMode.EXTERNAL) {
      return null;
    }
    try {
      return from == null ? rel.getPackage().getPart(rel) : from.getRelatedPart(rel);
    } catch (InvalidFormatException | IllegalArgumentException e) {
      return null;
    }
  }

  static String name(PackagePart part) {
    String n = part.getPartName().getName();
    return n.startsWith("/") ? n.substring(1) : n;
  }
}
