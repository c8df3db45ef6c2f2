package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.detect.personal.names.NameMatch;
import io.foilint.detect.personal.names.NameShape;
import io.foilint.detect.personal.names.NameShapes;
import io.foilint.detect.personal.names.PersonOrPlaceholder;
import io.foilint.detect.personal.recognize.Recognizers;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Document properties and save paths. Properties that name people (creator, last modified by,
 * manager, the user who last saved or wrote to the file, a custom property that holds a name or an
 * identifier) and paths the file was saved from are REVIEW; the same properties holding no
 * person ("Microsoft Office User", "Apache POI", "Federal Trade Commission", "Disclosure Team":
 * {@link PersonOrPlaceholder}) are INFO and shown as written; other properties (application,
 * company, dates, custom references and flags), the list of parts (which names hidden sheets too)
 * and a saved thumbnail are INFO.
 */
@Rule(
    id = "document-properties",
    severity = Severity.REVIEW,
    summary = "Document properties name people or reveal where the file was saved",
    fix = "File > Info > Check for Issues > Inspect Document > Document Properties and Personal"
        + " Information > Remove All; or export the data to CSV, which carries no properties",
    pdfFix = "In the PDF editor clear the fields in File > Properties and remove the metadata"
        + " (Acrobat: Redact > Remove Hidden Information > Metadata), or Print to PDF a fresh copy;"
        + " check the source document's properties too, then scan again",
    odsFix = "File > Properties: on General untick \"Apply user data\" and press Reset "
        + "Properties, clear Description and Custom Properties; and set Tools > Options > "
        + "LibreOffice > Security > Options > \"Remove personal information on saving\"; "
        + "or export the data to CSV, which carries no properties")
public final class DocumentPropertiesDetector extends Detector {

  /** Property names (lower case, without namespace prefix) that hold a person's name. */
  static final Set<String> PERSON_PROPERTIES =
      Set.of("creator", "initial-creator", "author", "lastmodifiedby", "lastauthor", "manager",
          "writeaccessuser", "revisionuser", "lastprintedby", "modifiedby",
          // picture metadata (EXIF, XMP, IPTC): ImageMetadata
          "artist", "windowsxpauthor", "cameraownername", "ownername", "by-line");

  /**
   * Properties whose values are application facts, never personal (names, dates, counts), so
   * they are shown in clear; every other value is masked.
   */
  static final Set<String> PLAIN_PROPERTIES =
      Set.of("application", "appversion", "generator", "created", "modified", "lastprinted",
          "print-date", "creation-date", "date", "doccurity", "docsecurity", "scalecrop",
          "linksuptodate", "shareddoc", "hyperlinkschanged", "totaltime", "editing-duration",
          "editing-cycles", "revision", "pages", "words", "characters",
          // PDF and XMP: the making software and dates (xmp:CreatorTool, pdf:Producer, history)
          "producer", "creatortool", "softwareagent", "action", "when", "createdate",
          "modifydate", "metadatadate", "format", "pdfversion",
          // picture metadata: the editing software (EXIF Software)
          "software");

  private static final int MAX_LISTED = 8;

  private final List<String> people = new ArrayList<>();
  private long peopleCount;
  private Location peopleLocation;
  private final List<String> others = new ArrayList<>();
  private long otherCount;
  private Location otherLocation;

  @Override
  public void fact(Fact fact) {
    switch (fact.kind()) {
      case DOCUMENT_PROPERTY -> property(fact.name(), fact.value(), fact.location());
      case SAVE_PATH -> {
        if (!fact.value().isBlank()) {
          report(
              Severity.REVIEW,
              fact.location(),
              "The file records the folder it was saved from (" + Evidence.mask(fact.value())
                  + ") — paths often show user names and server names",
              Evidence.mask(fact.value()),
              info().fix());
        }
      }
      case THUMBNAIL ->
          report(
              Severity.INFO,
              fact.location(),
              "The file carries a thumbnail picture of its first page or sheet ("
                  + fact.name() + ") — check it shows nothing that must not be released",
              "");
      default -> {}
    }
  }

  @Override
  public void text(TextBlock text) {
    if (text.kind() == TextKind.DOCUMENT_PROPERTY) {
      String name = text.location().ref().isEmpty() ? "text property" : text.location().ref();
      property(name, text.text(), text.location());
    }
  }

  private void property(String rawName, String value, Location location) {
    if (value == null || value.isBlank()) {
      return;
    }
    String name = rawName.strip();
    String key = bareName(name);
    if (key.equals("titlesofparts")) {
      report(
          Severity.INFO,
          location,
          // workbooks list their sheets here (hidden ones too), presentations their slide titles
          "The file's properties list the names of its parts (sheets, hidden ones included, or"
              + " slide titles) ("
              + Evidence.mask(value) + ")",
          Evidence.mask(value));
      return;
    }
    boolean person = namesPerson(name, value);
    // a person-property value that names no person ("Microsoft Office User") is shown as written,
    // so an officer can dismiss it at a glance
    boolean plain = PLAIN_PROPERTIES.contains(key)
        || (PERSON_PROPERTIES.contains(key) && !person);
    String shown = name + " = " + (plain ? value.strip() : Evidence.mask(value));
    if (person) {
      peopleCount++;
      if (peopleLocation == null) {
        peopleLocation = new Location(location.container(), location.place(), "");
      }
      if (people.size() < MAX_LISTED) {
        people.add(shown);
      }
    } else {
      otherCount++;
      if (otherLocation == null) {
        otherLocation = new Location(location.container(), location.place(), "");
      }
      if (others.size() < MAX_LISTED) {
        others.add(shown);
      }
    }
  }

  /**
   * Whether the property names a person: a person property ({@link #PERSON_PROPERTIES}) whose
   * value {@link PersonOrPlaceholder} judges a person; a custom property whose name says it holds
   * a person ("Checked by", "_AuthorEmail") and whose value is one, or whose value holds a
   * person's name or an identifier (e-mail address, NI number, phone …). Custom properties that
   * hold neither (a reference, a version, a flag) are recorded, not reviewed.
   */
  static boolean namesPerson(String name, String value) {
    String key = bareName(name);
    if (PERSON_PROPERTIES.contains(key)) {
      return PersonOrPlaceholder.isPerson(value);
    }
    if (!key.startsWith("custom:")) {
      return false;
    }
    String custom = key.substring("custom:".length());
    String v = value.strip();
    NameMatch whole = NameShapes.bundled().match(v);
    // under such a name a value shaped like a name ("Checked by = Adam") or an address is a
    // person; a number is an ID ("_AdHocReviewCycleID"), a word a status ("EditorialStatus")
    boolean nameLike = whole.isName() || v.indexOf('@') > 0;
    for (String hint : PERSON_HINTS) {
      if (custom.contains(hint) && nameLike && PersonOrPlaceholder.isPerson(v)) {
        return true;
      }
    }
    if (whole.isName() && whole.shape() != NameShape.SINGLE_NAME && whole.confidence() >= 0.6
        && PersonOrPlaceholder.isPerson(v)) {
      return true;
    }
    return NameShapes.bundled().find(v).stream().anyMatch(m -> m.confidence() >= 0.8)
        || !Recognizers.find(v).isEmpty() || Recognizers.recognize(v).isPresent();
  }

  /** Words in a custom property's name that say it holds a person. */
  private static final List<String> PERSON_HINTS =
      List.of("author", "owner", "by", "name", "user", "editor", "manager", "review", "approv",
          "contact", "creator", "sender", "recipient", "email", "e-mail", "officer", "person",
          "checked", "signed", "assigned", "requester", "requestor", "handler", "lead");

  /** {@code cp:lastModifiedBy} → {@code lastmodifiedby}. */
  static String bareName(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("custom:")) {
      return lower;
    }
    int colon = lower.lastIndexOf(':');
    return (colon >= 0 ? lower.substring(colon + 1) : lower).replace(" ", "");
  }

  @Override
  public void finish() {
    if (peopleCount > 0) {
      report(
          Severity.REVIEW,
          peopleLocation,
          "The file's properties name people: "
              + Words.listWithMore(people, peopleCount)
              + " — properties travel with the file and show in "
              + (isPicture(peopleLocation) ? "the picture's Properties > Details"
                  : isPdf(peopleLocation) || isOpenDocument(peopleLocation) ? "File > Properties"
                  : "File > Info"),
          String.join("; ", people),
          isPicture(peopleLocation) ? PICTURE_FIX : info().fix());
    }
    if (otherCount > 0) {
      report(
          Severity.INFO,
          otherLocation,
          "The file's properties record " + Words.listWithMore(others, otherCount),
          String.join("; ", others),
          info().fix());
    }
  }

  /**
   * OpenDocument properties ({@code meta.xml}, or a flat file's own name) show in LibreOffice's
   * File > Properties.
   */
  private static boolean isOpenDocument(Location location) {
    String place = location.place().toLowerCase(Locale.ROOT);
    return place.equals("meta.xml") || place.endsWith("/meta.xml") || place.endsWith(".fods");
  }

  /** How to strip a picture's metadata (EXIF, XMP, IPTC), alone or inside a document. */
  static final String PICTURE_FIX = "Strip the picture's metadata: in Windows right-click the"
      + " picture file > Properties > Details > Remove Properties and Personal Information, or run"
      + " exiftool -all= on it; for a picture inside a document, delete it and insert the stripped"
      + " copy; then scan again";

  /**
   * A picture's metadata: a picture given on its own ({@code picture metadata}) or a picture part
   * of a package ({@code word/media/image1.jpeg}).
   */
  private static boolean isPicture(Location location) {
    String place = location.place().toLowerCase(Locale.ROOT);
    return place.equals("picture metadata")
        || place.matches(".*\\.(jpe?g|png|gif|bmp|tiff?|webp|heic|heif)");
  }

  /** PDF properties (information dictionary and XMP) show in File > Properties, not File > Info. */
  private static boolean isPdf(Location location) {
    return location.place().equals("document information") || location.place().equals("XMP metadata");
  }
}
