package io.foilint.detect.personal.accuracy;

import io.foilint.detect.personal.columns.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A labelled set of table columns for measuring the column classifier: people's data in the
 * shapes FOI tables use, and the traps that make officers stop trusting a tool — a league table's
 * Rank, station and place names, offence types, months, product codes, counts, buildings named
 * after people. Generated from a fixed seed; all people are invented or are common names, no real
 * individual is described.
 */
final class LabelledColumns {

  /** One column: its header, values, and what it really holds (null: nothing personal). */
  record Labelled(String id, String header, List<String> values, Category truth) {}

  private static final String[] SURNAMES = {
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Roberts",
    "Murphy", "Kelly", "O'Brien", "Walsh", "Byrne", "Ryan", "Patel", "Khan", "Singh", "Ahmed", "Hussain",
    "Begum", "Shah", "Kaur", "Quenby", "Hartwell", "Ostrander", "Pellow", "Marchbank", "Fennimore",
    "Campbell", "Stewart", "Macdonald", "Hughes", "Edwards", "Clarke", "Wright", "Green", "Hall", "Wood"
  };
  private static final String[] FIRST = {
    "James", "Mary", "John", "Sarah", "David", "Emma", "Niamh", "Aoife", "Siobhan", "Oisin", "Priya",
    "Mohammed", "Aisha", "Ravi", "Fatima", "Sean", "Ciaran", "Gareth", "Rhys", "Megan", "Grace", "Tomasz",
    "Aled", "Sophie", "Liam", "Chloe", "Daniel", "Hannah", "Imran", "Anjali"
  };
  private static final String[] RANKS = {"PC", "DC", "PS", "Sgt", "DS", "Insp", "DI", "CI", "DCI", "Supt", "PCSO", "Police Staff", "T/DS", "A/Insp"};
  private static final String[] STATIONS = {"Northgate", "Riverside", "Eastfield", "Hillcrest", "Marsh Lane", "Westbury"};
  private static final String[] OFFENCES = {"Burglary", "Theft from vehicle", "Criminal damage", "Robbery", "Assault with injury", "Arson", "Shoplifting", "Public order"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
  private static final String[] BUILDINGS = {"Nelson Mandela House", "Queen Elizabeth Hospital", "Winston Churchill School", "Florence Nightingale Ward", "Isambard Kingdom Brunel Centre", "Mary Seacole Building", "Alan Turing Way", "Grace Darling Court"};
  private static final String[] TEAMS = {"Northmere Rovers", "Caldbridge Athletic", "Easterholm Town", "Wexley Cross United", "Harrowfield City"};
  private static final String[] PLACES = {"Lincoln", "Chester", "Bath", "Kendal", "Wells", "Preston", "Derby", "Victoria"};
  private static final String[] AREAS = {"AB", "B", "BT", "CF", "EH", "G", "L", "LS", "M", "NE", "SW", "W"};

  private LabelledColumns() {}

  static List<Labelled> all() {
    Random r = new Random(20231203L);
    List<Labelled> out = new ArrayList<>();
    int[] sizes = {8, 15, 25, 40, 60, 100, 150};
    for (int variant = 0; variant < sizes.length; variant++) {
      int n = sizes[variant];
      String v = "#" + variant;
      // ---- people: direct identifiers
      for (String h : new String[] {"Surname", "Last name", "SURNAME", "family_name"}) {
        out.add(col("surname" + v + h, h, n, () -> pick(r, SURNAMES), Category.SURNAME));
      }
      for (String h : new String[] {"Name", "Officer name", "Full name"}) {
        out.add(col("name" + v + h, h, n, () -> pick(r, FIRST) + " " + pick(r, SURNAMES), h.equals("Name") ? Category.PERSON_NAME : Category.PERSON_NAME));
      }
      out.add(col("name-comma" + v, "Officer", n, () -> pick(r, SURNAMES) + ", " + pick(r, FIRST).charAt(0) + ".", Category.PERSON_NAME));
      out.add(col("name-titled" + v, "Complainant", n, () -> pick(r, new String[] {"Mr", "Mrs", "Ms", "Dr"}) + " " + pick(r, FIRST).charAt(0) + ". " + pick(r, SURNAMES), Category.PERSON_NAME));
      for (String h : new String[] {"Staff number", "Collar No.", "Payroll number", "Warrant no"}) {
        int base = 10000 + r.nextInt(80000);
        int[] i = {0};
        out.add(col("staffno" + v + h, h, n, () -> String.valueOf(base + 7 * i[0]++), Category.STAFF_NUMBER));
      }
      out.add(col("nino" + v, "NI number", n, () -> nino(r), Category.NI_NUMBER));
      out.add(col("nino-nohdr" + v, "Ref", n, () -> nino(r), Category.NI_NUMBER));
      out.add(col("nhs" + v, "NHS No", n, () -> nhs(r), Category.NHS_NUMBER));
      out.add(col("nhs-nohdr" + v, "Identifier", n, () -> nhs(r), Category.NHS_NUMBER));
      out.add(col("email" + v, "Contact", n, () -> pick(r, FIRST).toLowerCase() + "." + pick(r, SURNAMES).toLowerCase().replace("'", "") + "@example.police.uk", Category.EMAIL));
      out.add(col("phone" + v, "Telephone", n, () -> String.format("07700 900%03d", r.nextInt(1000)), Category.PHONE));
      out.add(col("phone-landline" + v, "Tel", n, () -> String.format("020 7946 0%03d", r.nextInt(1000)), Category.PHONE));
      out.add(col("postcode" + v, "Postcode", n, () -> pick(r, AREAS) + (1 + r.nextInt(9)) + " " + r.nextInt(10) + "A" + (char) ('B' + r.nextInt(5)), Category.POSTCODE));
      out.add(col("dob" + v, "Date of birth", n, () -> String.format("%02d/%02d/%d", 1 + r.nextInt(28), 1 + r.nextInt(12), 1950 + r.nextInt(55)), Category.DATE_OF_BIRTH));
      out.add(col("address" + v, "Home address", n, () -> (1 + r.nextInt(200)) + " " + pick(r, new String[] {"Mill Lane", "High Street", "Church Road", "Station Road"}) + ", " + pick(r, STATIONS), Category.ADDRESS));
      // ---- people: quasi-identifiers
      out.add(col("rank" + v, "Rank", n, () -> pick(r, RANKS), Category.RANK_GRADE));
      out.add(col("rank-nohdr" + v, "Col C", n, () -> pick(r, RANKS), Category.RANK_GRADE));
      out.add(col("station" + v, "Station", n, () -> pick(r, STATIONS), Category.WORK_LOCATION));
      out.add(col("unit" + v, "Department", n, () -> pick(r, new String[] {"CID", "Response", "Roads Policing", "Custody"}), Category.UNIT));
      out.add(col("gender" + v, "Gender", n, () -> pick(r, new String[] {"Male", "Female"}), Category.GENDER));
      // ---- traps: nothing personal
      int[] pos = {0};
      out.add(col("league-rank" + v, "Rank", n, () -> String.valueOf(++pos[0]), null));
      out.add(col("team" + v, "Team", n, () -> pick(r, TEAMS), null));
      out.add(col("station-names" + v, "Name", n, () -> pick(r, PLACES), null));
      out.add(col("offence" + v, "Offence type", n, () -> pick(r, OFFENCES), null));
      out.add(col("month" + v, "Month", n, () -> pick(r, MONTHS), null));
      out.add(col("product" + v, "Product code", n, () -> String.format("PRD-%05d", r.nextInt(100000)), null));
      out.add(col("count" + v, "Count", n, () -> String.valueOf(r.nextInt(400)), null));
      out.add(col("total" + v, "Total", n, () -> String.valueOf(50 + r.nextInt(5000)), null));
      out.add(col("year" + v, "Year", n, () -> String.valueOf(2015 + r.nextInt(10)), null));
      out.add(col("buildings" + v, "Name", n, () -> pick(r, BUILDINGS), null));
      out.add(col("buildings2" + v, "Building", n, () -> pick(r, BUILDINGS), null));
      out.add(col("amount" + v, "Amount (£)", n, () -> String.format("%d.%02d", r.nextInt(9000), r.nextInt(100)), null));
      out.add(col("reference" + v, "FOI reference", n, () -> String.format("FOI-%04d", r.nextInt(10000)), null));
      out.add(col("percent" + v, "Percentage", n, () -> r.nextInt(100) + "%", null));
      out.add(col("status" + v, "Status", n, () -> pick(r, new String[] {"Open", "Closed", "Withdrawn"}), null));
      out.add(col("places" + v, "Area", n, () -> pick(r, PLACES), Category.WORK_LOCATION));
    }
    return out;
  }

  private static Labelled col(String id, String header, int n, Supplier<String> value, Category truth) {
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(value.get());
    }
    return new Labelled(id, header, values, truth);
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  /** A valid-format NI number from the allowed prefixes and suffixes (no real person's). */
  private static String nino(Random r) {
    String[] prefixes = {"AB", "CE", "JG", "PR", "SW", "WP", "HT", "LM"};
    return String.format("%s %02d %02d %02d %c", pick(r, prefixes), r.nextInt(100), r.nextInt(100), r.nextInt(100), "ABCD".charAt(r.nextInt(4)));
  }

  /** An NHS number in the 999 test range with a valid mod-11 check digit. */
  private static String nhs(Random r) {
    while (true) {
      int[] d = new int[9];
      d[0] = 9;
      d[1] = 9;
      d[2] = 9;
      for (int i = 3; i < 9; i++) {
        d[i] = r.nextInt(10);
      }
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += d[i] * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check == 10) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (int x : d) {
        sb.append(x);
      }
      String s = sb.append(check).toString();
      return s.substring(0, 3) + " " + s.substring(3, 6) + " " + s.substring(6);
    }
  }
}
