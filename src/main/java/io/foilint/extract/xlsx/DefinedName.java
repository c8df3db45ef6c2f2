package io.foilint.extract.xlsx;

/**
 * One {@code <definedName>} of workbook.xml.
 *
 * @param name as written, e.g. {@code _xlnm.Print_Area} or {@code StaffList}
 * @param localSheetId index of the sheet it is scoped to, or -1 for workbook scope
 * @param hidden the {@code hidden} attribute
 * @param refersTo the formula text
 */
record DefinedName(String name, int localSheetId, boolean hidden, String refersTo) {

  boolean isBuiltin() {
    return name.startsWith("_xlnm.");
  }

  boolean is(String builtinName) {
    return name.equalsIgnoreCase("_xlnm." + builtinName);
  }
}
