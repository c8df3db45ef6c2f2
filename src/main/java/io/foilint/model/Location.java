package io.foilint.model;

/**
 * Where a piece of content sits, precise enough for an officer to find it.
 *
 * @param container inner path of the embedded document holding it, e.g. {@code annex.xlsx} or
 *     {@code bundle.zip!/annex.xlsx}; empty for the scanned file itself
 * @param place the sheet name, package part, page or property group, e.g. {@code Staff} or
 *     {@code xl/pivotCache/pivotCacheRecords1.xml}; may be empty
 * @param ref a cell or range ({@code B2:B40}), record number or property name; may be empty
 */
public record Location(String container, String place, String ref) {

  public Location {
    container = container == null ? "" : container;
    place = place == null ? "" : place;
    ref = ref == null ? "" : ref;
  }

  public static Location of(String place) {
    return new Location("", place, "");
  }

  public static Location of(String place, String ref) {
    return new Location("", place, ref);
  }

  public Location withRef(String newRef) {
    return new Location(container, place, newRef);
  }

  /** The same location seen from an outer document that holds this one at {@code innerPath}. */
  public Location inside(String innerPath) {
    String c = container.isEmpty() ? innerPath : innerPath + "!/" + container;
    return new Location(c, place, ref);
  }

  /** {@code annex.xlsx!/Staff!B2:B40}; sheet names with spaces are quoted as Excel does. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (!container.isEmpty()) {
      sb.append(container);
    }
    if (!place.isEmpty()) {
      if (sb.length() > 0) {
        sb.append("!/");
      }
      sb.append(quoteIfNeeded(place));
    }
    if (!ref.isEmpty()) {
      if (sb.length() > 0) {
        sb.append('!');
      }
      sb.append(ref);
    }
    return sb.toString();
  }

  private static String quoteIfNeeded(String name) {
    if (name.indexOf('/') >= 0 || name.matches("[A-Za-z0-9_.]+")) {
      return name;
    }
    return "'" + name.replace("'", "''") + "'";
  }
}
