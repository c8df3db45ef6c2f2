package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;

/**
 * A picture shown cropped in a Word document or on a sheet: cropping only hides part of the
 * picture on screen, the file keeps it whole, and anyone can undo the crop (Picture Format >
 * Crop, or unzip the file). REVIEW, naming the picture, where it is shown and how much of each
 * side is cut off.
 */
@Rule(
    id = "cropped-image",
    severity = Severity.REVIEW,
    summary = "A picture is cropped, but the file still holds the part cropped away",
    fix = "Word, Excel, PowerPoint: select the picture > Picture Format > Compress Pictures, tick"
        + " \"Delete cropped areas of pictures\" (untick \"Apply only to this picture\" to do all),"
        + " then save; LibreOffice: crop the picture, right-click > Save (Export as Image) and"
        + " insert the saved copy in its place; then scan again")
public final class CroppedImageDetector extends Detector {

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.CROPPED_IMAGE) {
      return;
    }
    String picture = fact.name().isEmpty() ? "A picture" : "The picture " + Words.quoted(Evidence.maskName(fact.name()));
    String where = fact.location().place().isEmpty() ? "" : " in " + fact.location().place();
    String target = fact.get(FactAttr.TARGET).isEmpty() ? "" : " (" + fact.get(FactAttr.TARGET) + ")";
    report(
        Severity.REVIEW,
        fact.location(),
        picture + target + where + " is cropped (" + fact.value() + "): the file still holds the"
            + " whole picture, and the crop can be undone by anyone",
        "");
  }
}
