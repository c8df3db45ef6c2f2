package io.foilint.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a synthetic long Word letter: {@code paragraphs} paragraphs of plain covering-letter
 * prose (about 25 to a page) followed by a staff table of {@code rows} invented officers
 * (surname, forename, rank, station, staff number). The same arguments give the same file.
 */
final class LongLetters {

  private static final String[] SENTENCES = {
    "Thank you for your request for information received by the Constabulary.",
    "We have considered your request under the Freedom of Information Act 2000.",
    "The figures below show the number of incidents recorded in each district during the period.",
    "Where numbers are small they have been combined to protect the people concerned.",
    "If you are not satisfied with this response you may ask for an internal review.",
    "Please quote the reference number above in any further correspondence."
  };
  private static final String[] FORENAMES = {"Niamh", "Aled", "Grace", "Priya", "Tomasz", "Ruth", "Dev", "Ines"};
  private static final String[] SURNAMES = {"Quenby", "Hartwell", "Ostrander", "Pellow", "Marchbank", "Ditchfield", "Arkwright", "Bellamy"};
  private static final String[] RANKS = {"PC", "DC", "PS", "DS", "Insp", "CI"};
  private static final String[] STATIONS = {"Northgate", "Riverside", "Eastfield", "Hillcrest"};

  private LongLetters() {}

  static Path write(Path file, int paragraphs, int rows) throws IOException {
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(tmp)) {
      for (int p = 0; p < paragraphs; p++) {
        StringBuilder text = new StringBuilder("Paragraph " + (p + 1) + ". ");
        for (int s = 0; s < 3; s++) {
          text.append(SENTENCES[(p + s) % SENTENCES.length]).append(' ');
        }
        doc.createParagraph().createRun().setText(text.toString().strip());
      }
      XWPFTable table = doc.createTable(rows + 1, 5);
      String[] heads = {"Surname", "Forename", "Rank", "Station", "Staff number"};
      for (int c = 0; c < heads.length; c++) {
        table.getRow(0).getCell(c).setText(heads[c]);
      }
      long seed = 42;
      for (int r = 1; r <= rows; r++) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        int x = (int) (seed >>> 33);
        XWPFTableRow row = table.getRow(r);
        row.getCell(0).setText(SURNAMES[Math.floorMod(x, SURNAMES.length)]);
        row.getCell(1).setText(FORENAMES[Math.floorMod(x >> 5, FORENAMES.length)]);
        row.getCell(2).setText(RANKS[Math.floorMod(x >> 9, RANKS.length)]);
        row.getCell(3).setText(STATIONS[Math.floorMod(x >> 13, STATIONS.length)]);
        row.getCell(4).setText(Integer.toString(100000 + r));
      }
      doc.write(out);
    }
    Files.move(tmp, file);
    return file;
  }
}
