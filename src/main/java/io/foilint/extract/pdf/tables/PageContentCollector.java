package io.foilint.extract.pdf.tables;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A text stripper that feeds one page's words and path operators to a {@link PageTableInput}, for
 * reading tables on their own (tools and tests); the engine feeds the same input from its page-text
 * pass instead.
 */
final class PageContentCollector extends PDFTextStripper {

  private final PageTableInput input = new PageTableInput();

  PageContentCollector() {
    super();
    setSortByPosition(true);
    // PageTableInput drops fake-bold twins itself; PDFBox's page-wide check costs far more.
    setSuppressDuplicateOverlappingText(false);
    for (String op : new String[] {"m", "l", "re", "h", "c", "v", "y",
        "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}) {
      addOperator(new PathOperator(op));
    }
  }

  /** Reads one page (1-based) whose crop box is given; afterwards {@link #input()} describes it. */
  void collect(PDDocument document, int pageNumber, PDRectangle crop) throws IOException {
    // Reset here, not in processPage: the stripper calls that for every page of the document.
    input.startPage(crop);
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    writeText(document, new StringWriter());
  }

  PageTableInput input() {
    return input;
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    input.writeString(positions);
  }

  @Override
  protected void writeLineSeparator() {}

  @Override
  protected void writeWordSeparator() {}

  @Override
  protected void writeParagraphStart() {}

  @Override
  protected void writeParagraphEnd() {}

  @Override
  protected void writePageStart() {}

  @Override
  protected void writePageEnd() {}

  /** A path operator, handed to the input with the matrix in force. */
  private final class PathOperator extends OperatorProcessor {
    private final String name;

    PathOperator(String name) {
      super(PageContentCollector.this);
      this.name = name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      input.pathOperator(name, operands, getGraphicsState().getCurrentTransformationMatrix());
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
