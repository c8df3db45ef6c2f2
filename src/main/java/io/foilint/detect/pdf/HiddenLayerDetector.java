package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PDF layers switched off when the file opens. Text on such a layer is not shown, yet it is in
 * the file, is found by search and copy, and comes back when the reader ticks the layer in the
 * Layers panel: BLOCK. A layer that is off and draws only graphics is REVIEW.
 */
@Rule(
    id = "hidden-layer",
    severity = Severity.BLOCK,
    summary = "Layers switched off in the PDF hold text or graphics a reader can switch on",
    fix = "Open the Layers panel, show every layer and check it; delete the layers that must not be"
        + " released, or flatten the layers (Acrobat: Layers > Flatten Layers) after removing them;"
        + " then scan again")
public final class HiddenLayerDetector extends Detector {

  private static final class File {
    Location first;
    long blocks;
    final List<String> places = new ArrayList<>();
    final PdfWords.Samples samples = new PdfWords.Samples(3);
    final List<Fact> graphicsOnly = new ArrayList<>();
  }

  private final Map<String, File> files = new LinkedHashMap<>();

  @Override
  public void text(TextBlock text) {
    if (text.visibility() != Visibility.HIDDEN_LAYER || text.text().isBlank()) {
      return;
    }
    File f = files.computeIfAbsent(text.location().container(), k -> new File());
    if (f.first == null) {
      f.first = text.location();
    }
    f.blocks++;
    PdfWords.addUpTo(f.places, text.location().place()
        + (text.location().ref().isEmpty() ? "" : ", " + text.location().ref()), 4);
    f.samples.offer(text.text());
  }

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.PDF_LAYER && fact.value().equals("off") && fact.get(FactAttr.USED)
        && !fact.get(FactAttr.HAS_TEXT)) {
      files.computeIfAbsent(fact.location().container(), k -> new File()).graphicsOnly.add(fact);
    }
  }

  @Override
  public void finish() {
    for (File f : files.values()) {
      if (f.blocks > 0) {
        report(Severity.BLOCK, f.first,
            "Text is drawn on " + PdfWords.count(f.blocks, "hidden layer") + " of the PDF ("
                + PdfWords.listWithMore(f.places, f.blocks) + ") — it is not shown, but search,"
                + " copy and the Layers panel reveal it",
            f.samples.isEmpty() ? "" : "e.g. " + f.samples);
      }
      for (Fact layer : f.graphicsOnly) {
        report(Severity.REVIEW, layer.location().withRef(layer.name()),
            "Layer '" + layer.name() + "' is switched off but draws on "
                + (layer.get(FactAttr.PAGES).contains(",") ? "pages " : "page ") + layer.get(FactAttr.PAGES) + " — a reader can switch it on; check what it shows",
            "");
      }
    }
  }
}
