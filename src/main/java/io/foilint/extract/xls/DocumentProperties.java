package io.foilint.extract.xls;

import io.foilint.extract.PropertyValues;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.Map;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.PropertySet;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * The OLE property streams: {@code \005SummaryInformation} (author, last author, title, ...) and
 * {@code \005DocumentSummaryInformation} (company, manager, custom properties). Property names
 * follow the OOXML ones (creator, lastModifiedBy, Company, custom:...) so detectors treat both
 * formats alike.
 */
public final class DocumentProperties {

  /** Where author, title and the like are: the summary information stream. */
  public static final String SUMMARY_PLACE = "document properties";
  /** Where company, manager and custom properties are: the document summary information stream. */
  public static final String CUSTOM_PLACE = "document properties (company and custom)";

  private DocumentProperties() {}

  public static void read(DirectoryNode root, ContentHandler out) {
    // located as Excel shows them (File > Info > Properties), not by the OLE streams' names
    read(root, SummaryInformation.DEFAULT_STREAM_NAME, SUMMARY_PLACE, out);
    read(root, DocumentSummaryInformation.DEFAULT_STREAM_NAME, CUSTOM_PLACE, out);
  }

  private static void read(DirectoryNode root, String name, String place, ContentHandler out) {
    // matched without regard to case, as Office does: some writers name the stream in lower or
    // upper case (\005summaryinformation)
    if (!root.hasEntryCaseInsensitive(name)) {
      return;
    }
    PropertySet set;
    try {
      String stream = root.getEntryCaseInsensitive(name).getName();
      set = PropertySetFactory.create(root, stream);
    } catch (Exception e) {
      // Unreadable properties are reported, not skipped: they may hold names.
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(place), place,
          "The " + place + " could not be read — whatever they hold (authors, company, custom"
              + " properties) was not checked",
          FactAttr.attrs().put(FactAttr.SENTENCE, true).build()));
      return;
    }
    Location at = Location.of(place);
    if (set instanceof SummaryInformation si) {
      emit(out, at, "creator", si.getAuthor());
      emit(out, at, "lastModifiedBy", si.getLastAuthor());
      emit(out, at, "title", si.getTitle());
      emit(out, at, "subject", si.getSubject());
      emit(out, at, "keywords", si.getKeywords());
      emit(out, at, "description", si.getComments());
      emit(out, at, "template", si.getTemplate());
    } else if (set instanceof DocumentSummaryInformation dsi) {
      emit(out, at, "Company", dsi.getCompany());
      emit(out, at, "Manager", dsi.getManager());
      emit(out, at, "category", dsi.getCategory());
      CustomProperties custom = dsi.getCustomProperties();
      if (custom != null) {
        for (Map.Entry<String, Object> e : custom.entrySet()) {
          // never the value's toString: a byte array would print as [B@hash, new on every run
          emit(out, at, "custom:" + e.getKey(), PropertyValues.render(e.getKey(), e.getValue()));
        }
      }
    }
  }

  private static void emit(ContentHandler out, Location at, String name, String value) {
    if (value != null && !value.isBlank()) {
      out.fact(new Fact(FactKind.DOCUMENT_PROPERTY, at, name, value.trim()));
    }
  }
}
