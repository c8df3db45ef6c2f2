package io.foilint.extract.ods;

import io.foilint.model.Location;
import io.foilint.model.TableOrigin;
import io.foilint.model.Visibility;

/**
 * Which document an XML stream belongs to and how its tables are to be reported: the spreadsheet
 * itself, or a sub-document such as a chart's local table ({@code Object 1/content.xml}).
 *
 * @param origin origin for the tables found
 * @param visibility what a reader sees of those tables before any sheet-level reason
 * @param container inner path of the sub-document ("" for the spreadsheet itself)
 * @param contentPart where body-level facts are located
 * @param stylesPart where header/footer text is located
 * @param metaPart where document properties are located
 * @param mainDocument true for the spreadsheet itself (its type is checked)
 */
record OdfScope(
    TableOrigin origin,
    Visibility visibility,
    String container,
    String contentPart,
    String stylesPart,
    String metaPart,
    boolean mainDocument) {

  static OdfScope packaged() {
    return new OdfScope(TableOrigin.SHEET, Visibility.VISIBLE, "", "content.xml", "styles.xml", "meta.xml", true);
  }

  static OdfScope flat(String fileName) {
    return new OdfScope(TableOrigin.SHEET, Visibility.VISIBLE, "", fileName, fileName, fileName, true);
  }

  /** A chart or other object stored as its own directory inside the package. */
  static OdfScope subDocument(String objectDir, boolean chart) {
    return new OdfScope(
        chart ? TableOrigin.CHART_CACHE : TableOrigin.SHEET,
        chart ? Visibility.CHART_CACHE : Visibility.EMBEDDED_PART,
        objectDir,
        objectDir + "/content.xml",
        objectDir + "/styles.xml",
        objectDir + "/meta.xml",
        false);
  }

  /** A location inside this document (with the container for sub-documents). */
  Location at(String place, String ref) {
    return new Location(container, place, ref);
  }

  Location at(String place) {
    return new Location(container, place, "");
  }
}
