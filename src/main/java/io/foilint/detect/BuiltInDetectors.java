package io.foilint.detect;

import io.foilint.detect.failclosed.EncryptedFileDetector;
import io.foilint.detect.failclosed.LimitExceededDetector;
import io.foilint.detect.failclosed.UnreadableFileDetector;
import io.foilint.detect.failclosed.UnusualPathDetector;
import io.foilint.detect.pdf.BackgroundColouredTextDetector;
import io.foilint.detect.pdf.CoveredTextRepeatedDetector;
import io.foilint.detect.pdf.DarkAnnotationDetector;
import io.foilint.detect.pdf.EarlierRevisionDetector;
import io.foilint.detect.pdf.FormFieldsDetector;
import io.foilint.detect.pdf.HiddenLayerDetector;
import io.foilint.detect.pdf.InvisiblePdfTextDetector;
import io.foilint.detect.pdf.PdfActionsDetector;
import io.foilint.detect.pdf.TextOutsidePageDetector;
import io.foilint.detect.pdf.TextUnderBoxDetector;
import io.foilint.detect.pdf.TinyTextDetector;
import io.foilint.detect.pdf.UnappliedRedactionDetector;
import io.foilint.detect.personal.EmailRecipientsDetector;
import io.foilint.detect.personal.PersonalDataInTextDetector;
import io.foilint.detect.personal.PersonalDataTableDetector;
import io.foilint.detect.personal.ReidentificationRiskDetector;
import io.foilint.detect.stats.ExtremePercentagesDetector;
import io.foilint.detect.stats.RecoverableSuppressionDetector;
import io.foilint.detect.stats.SmallCountsDetector;
import io.foilint.detect.structure.BlankNumberFormatDetector;
import io.foilint.detect.structure.ChartCacheDetector;
import io.foilint.detect.structure.CollapsedOutlineDetector;
import io.foilint.detect.structure.CroppedImageDetector;
import io.foilint.detect.structure.CommentsDetector;
import io.foilint.detect.structure.CsvInjectionDetector;
import io.foilint.detect.structure.CustomXmlDetector;
import io.foilint.detect.structure.DarkHighlightDetector;
import io.foilint.detect.structure.DataConnectionsDetector;
import io.foilint.detect.structure.DataModelDetector;
import io.foilint.detect.structure.DataValidationListDetector;
import io.foilint.detect.structure.DefinedNamesDetector;
import io.foilint.detect.structure.DocumentPropertiesDetector;
import io.foilint.detect.structure.EmbeddedObjectsDetector;
import io.foilint.detect.structure.ExternalLinkDetector;
import io.foilint.detect.structure.FarOffCellsDetector;
import io.foilint.detect.structure.FilteredRowsDetector;
import io.foilint.detect.structure.HeaderFooterDetector;
import io.foilint.detect.structure.HiddenColumnsDetector;
import io.foilint.detect.structure.HiddenRowsDetector;
import io.foilint.detect.structure.HiddenShapesDetector;
import io.foilint.detect.structure.HiddenSheetDetector;
import io.foilint.detect.structure.HiddenSlideDetector;
import io.foilint.detect.structure.ImageLocationDetector;
import io.foilint.detect.structure.InvisibleTextDetector;
import io.foilint.detect.structure.MacrosDetector;
import io.foilint.detect.structure.MergedCellContentDetector;
import io.foilint.detect.structure.PivotCacheDetector;
import io.foilint.detect.structure.TrackedChangesDetector;
import io.foilint.detect.structure.RevisionLogDetector;
import io.foilint.detect.structure.SpeakerNotesDetector;
import io.foilint.detect.structure.UninspectedPartDetector;
import io.foilint.detect.structure.VeryHiddenSheetDetector;
import io.foilint.detect.structure.WordHiddenTextDetector;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every built-in detector, in report order: an explicit list (as Error Prone's
 * {@code BuiltInCheckerSuppliers}) so adding a rule is one reviewed line, not classpath magic.
 */
public final class BuiltInDetectors {

  /** Suppliers of fresh detector instances; one instance sees one file. */
  public static final List<Supplier<Detector>> ALL =
      List.of(
          // fail closed: reported by the engine when a file cannot be fully inspected
          EncryptedFileDetector::new,
          UnreadableFileDetector::new,
          LimitExceededDetector::new,
          UnusualPathDetector::new,
          // hidden parts of the grid
          HiddenSheetDetector::new,
          VeryHiddenSheetDetector::new,
          HiddenRowsDetector::new,
          HiddenColumnsDetector::new,
          CollapsedOutlineDetector::new,
          FilteredRowsDetector::new,
          InvisibleTextDetector::new,
          MergedCellContentDetector::new,
          BlankNumberFormatDetector::new,
          FarOffCellsDetector::new,
          // copies of data kept beyond the grid
          PivotCacheDetector::new,
          DataModelDetector::new,
          ExternalLinkDetector::new,
          ChartCacheDetector::new,
          RevisionLogDetector::new,
          // text and metadata a reader does not see
          CommentsDetector::new,
          DocumentPropertiesDetector::new,
          CustomXmlDetector::new,
          DefinedNamesDetector::new,
          HeaderFooterDetector::new,
          HiddenShapesDetector::new,
          DataValidationListDetector::new,
          // active content and other files
          DataConnectionsDetector::new,
          MacrosDetector::new,
          EmbeddedObjectsDetector::new,
          // CSV
          CsvInjectionDetector::new,
          UninspectedPartDetector::new,
          SmallCountsDetector::new,
          RecoverableSuppressionDetector::new,
          ExtremePercentagesDetector::new,
          PersonalDataTableDetector::new,
          PersonalDataInTextDetector::new,
          EmailRecipientsDetector::new,
          ReidentificationRiskDetector::new,
          UnappliedRedactionDetector::new,
          TextUnderBoxDetector::new,
          DarkAnnotationDetector::new,
          CoveredTextRepeatedDetector::new,
          // PDF text a reader does not see
          InvisiblePdfTextDetector::new,
          BackgroundColouredTextDetector::new,
          TinyTextDetector::new,
          TextOutsidePageDetector::new,
          // PDF structure
          EarlierRevisionDetector::new,
          HiddenLayerDetector::new,
          FormFieldsDetector::new,
          PdfActionsDetector::new,
          // Word text a reader does not see
          WordHiddenTextDetector::new,
          TrackedChangesDetector::new,
          DarkHighlightDetector::new,
          // presentations: slides a slideshow skips, speaker notes
          HiddenSlideDetector::new,
          SpeakerNotesDetector::new,
          ImageLocationDetector::new,
          CroppedImageDetector::new);

  private BuiltInDetectors() {}

  /** Metadata of every built-in rule, in {@link #ALL} order. */
  public static List<RuleInfo> rules() {
    return ALL.stream().map(s -> s.get().info()).toList();
  }

  /** Each rule's {@link About}, by id, made once. */
  private static final class Abouts {
    static final Map<String, About> BY_RULE = rules().stream()
        .collect(Collectors.toUnmodifiableMap(RuleInfo::id, RuleInfo::about));
  }

  /**
   * What findings of a rule are about, the one classification every report uses; a rule id no
   * built-in rule has is content.
   */
  public static About about(String ruleId) {
    return Abouts.BY_RULE.getOrDefault(ruleId, About.CONTENT);
  }

  /** A fresh instance of every built-in detector, for one file. */
  public static List<Detector> newInstances() {
    return newInstances(DetectorSettings.DEFAULT);
  }

  /** Fresh detectors for one file, the configurable ones configured with {@code settings}. */
  public static List<Detector> newInstances(DetectorSettings settings) {
    List<Detector> detectors = ALL.stream().map(Supplier::get).toList();
    for (Detector d : detectors) {
      if (d instanceof DetectorSettings.Configurable c) {
        c.configure(settings);
      }
    }
    return detectors;
  }
}
