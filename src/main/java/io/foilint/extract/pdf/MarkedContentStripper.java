package io.foilint.extract.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Walks a page's content for its marked-content sequences and collects the text drawn inside
 * optional content that is off (a hidden layer, {@code /OC} on a {@code BDC} or on a form
 * XObject). Visible text is not collected, nor marked content's alternative text: the page-text
 * pass reports both.
 */
final class MarkedContentStripper extends PDFTextStripper {

  private static final COSName OC = COSName.getPDFName("OC");

  /** Names the hidden layer an {@code /OC} value puts content on, or null when it is shown. */
  private final Function<COSBase, String> hiddenLayer;

  /** One entry per open sequence or form: the hidden layer it opened, or null. */
  private final Deque<String> open = new ArrayDeque<>();
  private final Map<String, LayerText> hiddenText = new LinkedHashMap<>();

  /** Text of one hidden layer on the current page, with words and lines split by position. */
  static final class LayerText {
    private final StringBuilder text = new StringBuilder();
    private TextPosition previous;

    void append(TextPosition t) {
      if (previous != null) {
        float height = Math.max(1f, previous.getHeightDir());
        float gap = t.getXDirAdj() - previous.getXDirAdj() - previous.getWidthDirAdj();
        if (Math.abs(t.getYDirAdj() - previous.getYDirAdj()) > height * 0.5f) {
          text.append('\n');
        } else if (gap > Math.max(1f, previous.getWidthOfSpace() * 0.5f)) {
          text.append(' ');
        }
      }
      text.append(t.getUnicode());
      previous = t;
    }

    String text() {
      return text.toString().strip();
    }
  }

  MarkedContentStripper(Function<COSBase, String> hiddenLayer) {
    super();
    this.hiddenLayer = hiddenLayer;
  }

  /** Clears what the last page collected; call before each page. */
  void reset() {
    open.clear();
    hiddenText.clear();
  }

  /** Text on hidden layers of the pages last stripped, by layer name. */
  Map<String, String> hiddenText() {
    Map<String, String> m = new LinkedHashMap<>();
    hiddenText.forEach((layer, t) -> {
      if (!t.text().isEmpty()) {
        m.put(layer, t.text());
      }
    });
    return m;
  }

  @Override
  public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
    String layer = properties != null && OC.equals(tag) ? hiddenLayer.apply(properties) : null;
    open.push(layer == null ? "" : layer);
    super.beginMarkedContentSequence(tag, properties);
  }

  @Override
  public void endMarkedContentSequence() {
    if (!open.isEmpty()) {
      open.pop();
    }
    super.endMarkedContentSequence();
  }

  @Override
  public void showForm(PDFormXObject form) throws IOException {
    String layer = hiddenLayer.apply(form.getCOSObject().getDictionaryObject(OC));
    open.push(layer == null ? "" : layer);
    try {
      super.showForm(form);
    } finally {
      open.pop();
    }
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    String layer = outermostHiddenLayer();
    if (layer != null) {
      hiddenText.computeIfAbsent(layer, k -> new LayerText()).append(text);
    }
    // Visible text is the page-text pass's business; not keeping it saves the sorting work.
  }

  private String outermostHiddenLayer() {
    // the deque's push adds at the head, so the outermost sequence is last
    var it = open.descendingIterator();
    while (it.hasNext()) {
      String layer = it.next();
      if (!layer.isEmpty()) {
        return layer;
      }
    }
    return null;
  }
}
