package io.foilint.extract.xls;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.record.ExternSheetRecord;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.ss.formula.EvaluationWorkbook.ExternalSheet;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.formula.FormulaRenderingWorkbook;
import org.apache.poi.ss.formula.ptg.Area3DPtg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPtg;

/**
 * What formulas in the workbook globals refer to: the sheet list, the SUPBOOK records (own
 * workbook, add-ins, other workbooks) and the EXTERNSHEET table. Renders defined-name formulas
 * as text and tells whether they point at a hidden sheet or another file.
 */
final class WorkbookLinks implements FormulaRenderingWorkbook {

  private final List<SheetInfo> sheets;
  private final List<SupBookRecord> supBooks = new ArrayList<>();
  private final List<String> nameTexts = new ArrayList<>();
  private ExternSheetRecord externSheet;

  WorkbookLinks(List<SheetInfo> sheets) {
    this.sheets = sheets;
  }

  void addSupBook(SupBookRecord record) {
    supBooks.add(record);
  }

  void setExternSheet(ExternSheetRecord record) {
    externSheet = record;
  }

  void addNameText(String name) {
    nameTexts.add(name);
  }

  /** What a defined name's formula touches. */
  record Targets(boolean hiddenSheet, boolean external) {}

  Targets targets(Ptg[] ptgs) {
    boolean hidden = false;
    boolean external = false;
    if (ptgs == null) {
      return new Targets(false, false);
    }
    for (Ptg ptg : ptgs) {
      int ix = -1;
      if (ptg instanceof Area3DPtg a) {
        ix = a.getExternSheetIndex();
      } else if (ptg instanceof Ref3DPtg r) {
        ix = r.getExternSheetIndex();
      } else if (ptg instanceof NameXPtg x) {
        ix = x.getSheetRefIndex();
      }
      if (ix < 0 || externSheet == null || ix >= externSheet.getNumOfRefs()) {
        continue;
      }
      SupBookRecord book = supBook(externSheet.getExtbookIndexFromRefIndex(ix));
      if (book == null) {
        continue;
      }
      if (book.isExternalReferences()) {
        external = true;
      } else if (book.isInternalReferences()) {
        int first = externSheet.getFirstSheetIndexFromRefIndex(ix);
        int last = externSheet.getLastSheetIndexFromRefIndex(ix);
        for (int s = Math.max(0, first); s <= last && s < sheets.size(); s++) {
          hidden |= sheets.get(s).visibility().isHidden();
        }
      }
    }
    return new Targets(hidden, external);
  }

  /** The formula as Excel would show it, or empty when it cannot be rendered. */
  String render(Ptg[] ptgs) {
    if (ptgs == null || ptgs.length == 0) {
      return "";
    }
    try {
      return FormulaRenderer.toFormulaString(this, ptgs);
    } catch (RuntimeException e) {
      return "";
    }
  }

  private SupBookRecord supBook(int index) {
    return index >= 0 && index < supBooks.size() ? supBooks.get(index) : null;
  }

  @Override
  public ExternalSheet getExternalSheet(int externSheetIndex) {
    SupBookRecord book = bookFor(externSheetIndex);
    if (book == null || !book.isExternalReferences()) {
      return null;
    }
    String[] names = book.getSheetNames();
    int first = externSheet.getFirstSheetIndexFromRefIndex(externSheetIndex);
    String sheet = names != null && first >= 0 && first < names.length ? names[first] : "";
    return new ExternalSheet(ExternalLinks.cleanPath(book.getURL()), sheet);
  }

  @Override
  public String getSheetFirstNameByExternSheet(int externSheetIndex) {
    return internalSheetName(externSheetIndex, true);
  }

  @Override
  public String getSheetLastNameByExternSheet(int externSheetIndex) {
    return internalSheetName(externSheetIndex, false);
  }

  private String internalSheetName(int externSheetIndex, boolean first) {
    if (externSheet == null || externSheetIndex < 0 || externSheetIndex >= externSheet.getNumOfRefs()) {
      return "#REF";
    }
    int s = first
        ? externSheet.getFirstSheetIndexFromRefIndex(externSheetIndex)
        : externSheet.getLastSheetIndexFromRefIndex(externSheetIndex);
    return s >= 0 && s < sheets.size() ? sheets.get(s).name() : "#REF";
  }

  private SupBookRecord bookFor(int externSheetIndex) {
    if (externSheet == null || externSheetIndex < 0 || externSheetIndex >= externSheet.getNumOfRefs()) {
      return null;
    }
    return supBook(externSheet.getExtbookIndexFromRefIndex(externSheetIndex));
  }

  @Override
  public String resolveNameXText(NameXPtg ptg) {
    return "[external name " + ptg.getNameIndex() + "]";
  }

  @Override
  public String getNameText(NamePtg ptg) {
    int ix = ptg.getIndex();
    return ix >= 0 && ix < nameTexts.size() ? nameTexts.get(ix) : "[name " + ix + "]";
  }
}
