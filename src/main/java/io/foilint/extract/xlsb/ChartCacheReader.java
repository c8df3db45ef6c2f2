package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * A chart part (XML even in xlsb): the values a chart keeps cached from its source cells
 * ({@code c:numCache}, {@code c:strCache}) survive when the source sheet is deleted or hidden.
 * Each cache becomes one row of a CHART_CACHE table; a CHART fact gives the point count.
 */
final class ChartCacheReader {

  private ChartCacheReader() {}

  static void read(InputStream in, String partName, ContentHandler out) throws ExtractionException {
    List<List<Cell>> caches = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    boolean[] externalData = {false};
    SafeXml.read(in, partName, new SafeXml.Visitor() {
      List<Cell> cache;
      int pointIndex;
      boolean inValue;
      boolean inFormula;
      final StringBuilder text = new StringBuilder();

      @Override
      public void start(XMLStreamReader r) {
        String name = r.getLocalName();
        switch (name) {
          case "numCache", "strCache" -> cache = new ArrayList<>();
          case "pt" -> pointIndex = parseInt(r.getAttributeValue(null, "idx"));
          case "v" -> inValue = cache != null;
          case "f" -> inFormula = true;
          case "externalData" -> externalData[0] = true;
          default -> { }
        }
        text.setLength(0);
      }

      @Override
      public void text(String t) {
        if (inValue || inFormula) {
          text.append(t);
        }
      }

      @Override
      public void end(XMLStreamReader r) {
        switch (r.getLocalName()) {
          case "v" -> {
            if (inValue && !text.isEmpty()) {
              cache.add(new Cell("pt" + pointIndex, pointIndex, text.toString(), Visibility.CHART_CACHE));
            }
            inValue = false;
          }
          case "f" -> {
            sources.add(text.toString());
            inFormula = false;
          }
          case "numCache", "strCache" -> {
            caches.add(cache);
            cache = null;
          }
          default -> { }
        }
      }
    });
    int points = caches.stream().mapToInt(List::size).sum();
    out.fact(new Fact(FactKind.CHART, Location.of(partName), partName, String.join(", ", sources),
        Map.of("cachedPoints", Integer.toString(points), "externalData", Boolean.toString(externalData[0]))));
    if (points > 0) {
      out.startTable(new TableStart(TableOrigin.CHART_CACHE, partName, Location.of(partName), Visibility.CHART_CACHE));
      for (int i = 0; i < caches.size(); i++) {
        if (!caches.get(i).isEmpty()) {
          out.row(new Row(i, Visibility.CHART_CACHE, caches.get(i)));
        }
      }
      out.endTable();
    }
  }

  private static int parseInt(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
