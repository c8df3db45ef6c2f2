package io.foilint.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes synthetic personnel workbooks (PSNI-shaped: surname, initial, rank, station, unit, staff
 * number, start date, grade) of a given size, with the data on a visible or a hidden sheet. All
 * names are invented; the same seed gives the same file.
 */
final class PersonnelWorkbooks {

  private static final String[] SURNAMES = {
    "Quenby", "Hartwell", "Ostrander", "Pellow", "Marchbank", "Ditchfield", "Arkwright", "Bellamy",
    "Carrow", "Dunmore", "Ellery", "Fenwick", "Garrod", "Holloway", "Inchbald", "Jarrold"
  };
  private static final String[] RANKS = {"PC", "DC", "PS", "DS", "Insp", "DI", "CI", "Supt", "PCSO", "Police Staff"};
  private static final String[] STATIONS = {"Northgate", "Riverside", "Eastfield", "Hillcrest", "Marsh Lane", "Westbury"};
  private static final String[] UNITS = {"Response", "CID", "Roads Policing", "Neighbourhood", "Custody", "Intelligence"};

  private PersonnelWorkbooks() {}

  static Path write(Path file, int rows, boolean hidden) throws IOException {
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true)) {
      if (hidden) {
        Sheet summary = wb.createSheet("Headcount by rank");
        for (int i = 0; i < RANKS.length; i++) {
          Row r = summary.createRow(i);
          r.createCell(0).setCellValue(RANKS[i]);
          r.createCell(1).setCellValue(rows / RANKS.length);
        }
      }
      Sheet data = wb.createSheet("Data");
      Row header = data.createRow(0);
      String[] heads = {"Surname", "Initial", "Rank", "Station", "Unit", "Staff number", "Start date", "Grade"};
      for (int c = 0; c < heads.length; c++) {
        header.createCell(c).setCellValue(heads[c]);
      }
      long seed = 42;
      for (int i = 1; i <= rows; i++) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        int x = (int) (seed >>> 33);
        Row r = data.createRow(i);
        r.createCell(0).setCellValue(SURNAMES[Math.floorMod(x, SURNAMES.length)]);
        r.createCell(1).setCellValue(String.valueOf((char) ('A' + Math.floorMod(x >> 4, 26))));
        r.createCell(2).setCellValue(RANKS[Math.floorMod(x >> 9, RANKS.length)]);
        r.createCell(3).setCellValue(STATIONS[Math.floorMod(x >> 13, STATIONS.length)]);
        r.createCell(4).setCellValue(UNITS[Math.floorMod(x >> 17, UNITS.length)]);
        r.createCell(5).setCellValue(100000 + i);
        r.createCell(6).setCellValue(30000 + Math.floorMod(x, 12000));
        r.createCell(7).setCellValue("G" + Math.floorMod(x >> 21, 9));
      }
      if (hidden) {
        wb.setSheetHidden(wb.getSheetIndex("Data"), true);
      }
      try (OutputStream out = Files.newOutputStream(tmp)) {
        wb.write(out);
      }
    }
    Files.move(tmp, file);
    return file;
  }
}
