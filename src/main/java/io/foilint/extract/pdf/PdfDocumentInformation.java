package io.foilint.extract.pdf;

import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The PDF's document information dictionary: standard and custom keys, each as a property fact.
 * Authors, creators and custom keys often name the officer or the system that made the file.
 */
final class PdfDocumentInformation {

  private static final Location PLACE = Location.of("document information");

  private final PDDocument document;

  PdfDocumentInformation(PDDocument document) {
    this.document = document;
  }

  void report(ContentHandler out) {
    PDDocumentInformation info = document.getDocumentInformation();
    // getMetadataKeys covers the standard keys (Author, Creator, Producer, Title, Subject,
    // Keywords) and any custom ones alike.
    for (String key : info.getMetadataKeys()) {
      String value = info.getCustomMetadataValue(key);
      if (value != null && !value.isBlank()) {
        String name = nameOf(key);
        out.fact(new Fact(FactKind.DOCUMENT_PROPERTY, PLACE, name, value));
        // A title such as C:\Users\jsmith\Documents\x.docx names a login and a folder.
        SavePaths.in(value).ifPresent(
            path -> out.fact(new Fact(FactKind.SAVE_PATH, PLACE.withRef(name), name, path)));
      }
    }
  }

  /**
   * Names in the form the property detector knows. PDF's Creator is the authoring application,
   * not a person (XMP calls it CreatorTool), so it is reported as {@code application}.
   */
  private static String nameOf(String key) {
    return switch (key) {
      case "Author", "Producer", "Title", "Subject", "Keywords" -> key.toLowerCase();
      case "Creator" -> "application";
      case "CreationDate" -> "created";
      case "ModDate" -> "modified";
      default -> "custom:" + key;
    };
  }
}
