package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.sheet.ThemeColours;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Reads the workbook part and streams every sheet's cells. Parts are found through
 * relationships (transitional or Strict types alike, matched on their last segment), never by
 * fixed file names.
 */
final class WorkbookGridReader {

  private final OPCPackage pkg;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final InflatedBudget budget;

  WorkbookGridReader(OPCPackage pkg, ExtractionContext context, ContentHandler out) {
    this.pkg = pkg;
    this.context = context;
    this.out = out;
    this.budget = new InflatedBudget(context.limits().maxInflatedBytes());
  }

  void readAll() throws IOException, ExtractionException {
    PackagePart workbookPart = workbookPart();
    String workbookName = workbookPart.getPartName().getName().replaceFirst("^/", "");
    WorkbookReader.Workbook workbook;
    try (InputStream in = budget.wrap(workbookPart.getInputStream())) {
      workbook = WorkbookReader.read(in, workbookName);
    }
    reportWorkbookFacts(workbook, workbookName);

    ThemeColours theme = ThemeColours.OFFICE_DEFAULT;
    PackagePart themePart = related(workbookPart, "theme");
    if (themePart != null) {
      try (InputStream in = budget.wrap(themePart.getInputStream())) {
        theme = XlsxStyles.readTheme(in, name(themePart));
      }
    }
    XlsxStyles styles = XlsxStyles.NONE;
    PackagePart stylesPart = related(workbookPart, "styles");
    if (stylesPart != null) {
      try (InputStream in = budget.wrap(stylesPart.getInputStream())) {
        styles = XlsxStyles.read(in, name(stylesPart), theme);
      }
    }
    PackagePart sstPart = related(workbookPart, "sharedStrings");
    SharedStrings sst = SharedStrings.EMPTY;
    if (sstPart != null) {
      try (InputStream in = budget.wrap(sstPart.getInputStream())) {
        sst = SharedStrings.read(in, name(sstPart), context.limits().maxInflatedBytes());
      }
    }
    try {
      for (SheetEntry sheet : workbook.sheets()) {
        readSheet(workbookPart, sheet, workbook, styles, sst);
      }
    } finally {
      sst.close();
    }
  }

  private PackagePart workbookPart() throws ExtractionException {
    PackageRelationshipCollection rels =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (rels.isEmpty()) {
      rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    PackagePart part = rels.isEmpty() ? null : pkg.getPart(rels.getRelationship(0));
    if (part == null) {
      throw new ExtractionException(
          Reason.CORRUPT,
          "The file is a zip package but holds no workbook part (no xl/workbook.xml), so it is not"
              + " a readable xlsx workbook");
    }
    return part;
  }

  private void reportWorkbookFacts(WorkbookReader.Workbook workbook, String workbookName) {
    for (DefinedName name : workbook.definedNames()) {
      out.fact(DefinedNameFacts.toFact(name, workbook.sheets()));
    }
    if (!workbook.absPath().isEmpty()) {
      out.fact(new Fact(FactKind.SAVE_PATH, Location.of(workbookName), "absPath", workbook.absPath()));
    }
  }

  private void readSheet(
      PackagePart workbookPart,
      SheetEntry sheet,
      WorkbookReader.Workbook workbook,
      XlsxStyles styles,
      SharedStrings sst)
      throws IOException, ExtractionException {
    context.checkDeadline();
    if (sheet.relationshipId().isEmpty()) {
      // Excel writes r:id="" for old VBA module sheets it drops: no part, so no cells to read
      out.startTable(new TableStart(TableOrigin.SHEET, sheet.name(), Location.of(sheet.name()), sheet.state()));
      out.endTable();
      return;
    }
    PackageRelationship rel =
        workbookPart.getRelationship(sheet.relationshipId());
    PackagePart part = rel == null || rel.getTargetMode() == TargetMode.EXTERNAL ? null : relatedPart(workbookPart, rel);
    if (part == null) {
      throw new ExtractionException(
          Reason.CORRUPT,
          "Sheet '" + sheet.name() + "' is listed in the workbook but its part is missing");
    }
    SheetKind kind = SheetKind.ofRelationshipType(rel.getRelationshipType());
    if (kind == SheetKind.MACROSHEET) {
      out.fact(
          new Fact(
              FactKind.XLM_MACRO_SHEET,
              Location.of(sheet.name()),
              sheet.name(),
              "",
              FactAttr.attrs().put(FactAttr.STATE, sheet.stateName()).build()));
    }
    out.startTable(new TableStart(TableOrigin.SHEET, sheet.name(), Location.of(sheet.name()), sheet.state()));
    XlsxSheetReader reader;
    try (InputStream in = budget.wrap(part.getInputStream())) {
      reader =
          XlsxSheetReader.stream(
              in, name(part), sheet.name(), sheet.state(), styles, sst, part::getInputStream,
              printArea(workbook, sheet), context, out);
    }
    out.endTable();
    reader.reportAfterTable();
  }

  private static List<CellRange> printArea(WorkbookReader.Workbook workbook, SheetEntry sheet) {
    List<CellRange> ranges = new ArrayList<>();
    for (DefinedName n : workbook.definedNames()) {
      if (n.is("Print_Area") && n.localSheetId() == sheet.index()) {
        ranges.addAll(CellRange.parseList(n.refersTo()));
      }
    }
    return ranges;
  }

  /** The first internal part related to {@code source} whose relationship type ends in {@code /typeSuffix}. */
  private static PackagePart related(PackagePart source, String typeSuffix) throws IOException {
    try {
      for (PackageRelationship rel : source.getRelationships()) {
        if (rel.getTargetMode() != TargetMode.EXTERNAL
            && rel.getRelationshipType().endsWith("/" + typeSuffix)) {
          PackagePart p = relatedPart(source, rel);
          if (p != null) {
            return p;
          }
        }
      }
      return null;
    } catch (InvalidFormatException e) {
      throw new IOException("cannot read relationships of " + source.getPartName(), e);
    }
  }

  private static PackagePart relatedPart(PackagePart source, PackageRelationship rel) throws IOException {
    try {
      return source.getRelatedPart(rel);
    } catch (InvalidFormatException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String name(PackagePart part) {
    return part.getPartName().getName().replaceFirst("^/", "");
  }
}
