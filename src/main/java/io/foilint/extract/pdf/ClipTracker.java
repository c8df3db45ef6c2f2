package io.foilint.extract.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * Path construction and clipping for an engine that does not draw (the text stripper): builds
 * each path in user space and, where the path is made a clip (W, W*), narrows the graphics
 * state's clipping path when the path ends, as a renderer would. Painting itself is ignored.
 */
final class ClipTracker {

  private static final String[] CONSTRUCTION = {"m", "l", "c", "v", "y", "h", "re"};
  private static final String[] ENDS = {"n", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*"};
  private static final java.util.Set<String> FILLS = java.util.Set.of("f", "F", "f*", "B", "B*", "b", "b*");

  private final PDFStreamEngine engine;
  private GeneralPath path;
  private int clipRule = -1;

  ClipTracker(PDFStreamEngine engine) {
    this.engine = engine;
  }

  /** Registers the path, clip and path-ending operators on the engine. */
  void register() {
    for (String op : CONSTRUCTION) {
      engine.addOperator(new Step(op));
    }
    engine.addOperator(new Step("W"));
    engine.addOperator(new Step("W*"));
    for (String op : ENDS) {
      engine.addOperator(new Step(op));
    }
    // A shading fill paints an area too; the text stripper would otherwise skip it unseen.
    engine.addOperator(new Step("sh"));
  }

  /** Another reader of the same path operators (the table input), or null. */
  private java.util.function.BiConsumer<String, List<COSBase>> alsoTo;

  /** Hands every path operator on to {@code listener} as well, after tracking it. */
  void alsoTo(java.util.function.BiConsumer<String, List<COSBase>> listener) {
    this.alsoTo = listener;
  }

  /** Fills and shadings painted since {@link #resetPaintCount()}: what could cover text. */
  private int paints;

  int paints() {
    return paints;
  }

  void resetPaintCount() {
    paints = 0;
  }

  private void apply(String op, List<COSBase> operands) {
    if (FILLS.contains(op)) {
      paints++;
    }
    if (op.equals("sh")) {
      paints++;
      return;
    }
    switch (op) {
      case "m" -> {
        Point2D.Float p = at(operands, 0);
        if (p != null) {
          path().moveTo(p.x, p.y);
        }
      }
      case "l" -> {
        Point2D.Float p = at(operands, 0);
        if (p != null && hasStart()) {
          path.lineTo(p.x, p.y);
        }
      }
      case "c" -> curve(at(operands, 0), at(operands, 2), at(operands, 4));
      case "v" -> curve(current(), at(operands, 0), at(operands, 2));
      case "y" -> curve(at(operands, 0), at(operands, 2), at(operands, 2));
      case "h" -> {
        if (hasStart()) {
          path.closePath();
        }
      }
      case "re" -> rectangle(operands);
      case "W" -> clipRule = Path2D.WIND_NON_ZERO;
      case "W*" -> clipRule = Path2D.WIND_EVEN_ODD;
      default -> endPath();
    }
  }

  private void endPath() {
    if (clipRule >= 0 && path != null) {
      path.setWindingRule(clipRule);
      engine.getGraphicsState().intersectClippingPath(path);
    }
    path = null;
    clipRule = -1;
  }

  private void rectangle(List<COSBase> operands) {
    float[] v = numbers(operands, 4);
    if (v == null) {
      return;
    }
    Point2D.Float a = engine.transformedPoint(v[0], v[1]);
    Point2D.Float b = engine.transformedPoint(v[0] + v[2], v[1]);
    Point2D.Float c = engine.transformedPoint(v[0] + v[2], v[1] + v[3]);
    Point2D.Float d = engine.transformedPoint(v[0], v[1] + v[3]);
    GeneralPath p = path();
    p.moveTo(a.x, a.y);
    p.lineTo(b.x, b.y);
    p.lineTo(c.x, c.y);
    p.lineTo(d.x, d.y);
    p.closePath();
  }

  private void curve(Point2D.Float c1, Point2D.Float c2, Point2D.Float end) {
    if (c1 != null && c2 != null && end != null && hasStart()) {
      path.curveTo(c1.x, c1.y, c2.x, c2.y, end.x, end.y);
    }
  }

  private GeneralPath path() {
    if (path == null) {
      path = new GeneralPath();
    }
    return path;
  }

  private boolean hasStart() {
    return path != null && path.getCurrentPoint() != null;
  }

  private Point2D.Float current() {
    if (!hasStart()) {
      return null;
    }
    Point2D p = path.getCurrentPoint();
    return new Point2D.Float((float) p.getX(), (float) p.getY());
  }

  /** The point at operands i, i+1 in user space, or null when malformed. */
  private Point2D.Float at(List<COSBase> operands, int i) {
    if (operands.size() < i + 2 || !(operands.get(i) instanceof COSNumber x)
        || !(operands.get(i + 1) instanceof COSNumber y)) {
      return null;
    }
    return engine.transformedPoint(x.floatValue(), y.floatValue());
  }

  private static float[] numbers(List<COSBase> operands, int n) {
    if (operands.size() < n) {
      return null;
    }
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      if (!(operands.get(i) instanceof COSNumber num)) {
        return null;
      }
      v[i] = num.floatValue();
    }
    return v;
  }

  /** One operator, handed to the tracker. */
  private final class Step extends OperatorProcessor {
    private final String name;

    Step(String name) {
      super(engine);
      this.name = name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      apply(name, operands);
      if (alsoTo != null) {
        alsoTo.accept(name, operands);
      }
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
