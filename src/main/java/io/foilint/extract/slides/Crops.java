package io.foilint.extract.slides;

import io.foilint.extract.drawing.DrawingCrop;
import io.foilint.extract.xlsx.XlsxPackageParts;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;

/**
 * Pictures cropped in PowerPoint: the crop only hides part of the picture; the whole image stays
 * in the file and anyone can drag the crop handles back. Each crop becomes the same
 * {@code cropped-image} fact as in Word and sheet drawings, located at its slide and shape and
 * naming its picture part, resolved through the slide's relationships.
 */
final class Crops {

  private final XlsxPackageParts parts;
  private final String sourcePart;
  private final ContentHandler out;

  Crops(XlsxPackageParts parts, String sourcePart, ContentHandler out) {
    this.parts = parts;
    this.sourcePart = sourcePart;
    this.out = out;
  }

  /** The {@code blipFill} of shape {@code shapeName} on {@code place} ("slide 2"). */
  void offer(String place, String shapeName, DrawingCrop crop) {
    if (!crop.isCropped()) {
      return; // no crop, or only padding
    }
    String picture = crop.embed().isEmpty() ? "" : parts.target(sourcePart, crop.embed()).orElse("");
    String name = shapeName.isBlank() ? "picture" : shapeName.strip();
    out.fact(crop.toFact(Location.of(place, name), name, picture));
  }
}
