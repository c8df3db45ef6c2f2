package io.foilint.detect;

import io.foilint.model.FileType;

/** A rule's metadata, read from its detector's {@link Rule} annotation. */
public record RuleInfo(
    String id, Severity severity, String summary, String fix, String pdfFix, String odsFix,
    About about, String since) {

  public RuleInfo(String id, Severity severity, String summary, String fix, String since) {
    this(id, severity, summary, fix, "", "", About.CONTENT, since);
  }

  public static RuleInfo of(Class<?> detectorClass) {
    Rule rule = detectorClass.getAnnotation(Rule.class);
    if (rule == null) {
      throw new IllegalStateException(detectorClass.getName() + " has no @Rule");
    }
    return new RuleInfo(rule.id(), rule.severity(), rule.summary(), rule.fix(), rule.pdfFix(), rule.odsFix(),
        rule.about(), rule.since());
  }

  /** The fix for a finding in a document of the given kind. */
  public String fixFor(boolean pdf) {
    return pdf && !pdfFix.isEmpty() ? pdfFix : fix;
  }

  /**
   * The fix for a finding in a document of the given type: the PDF fix in a PDF, LibreOffice
   * Calc's in an OpenDocument spreadsheet, else the general one (Excel's menus).
   */
  public String fixFor(FileType type) {
    return switch (type) {
      case PDF -> fixFor(true);
      case ODS, FODS -> odsFix.isEmpty() ? fix : odsFix;
      default -> fix;
    };
  }

  /** Where the rule's page lives, relative to the repository root. */
  public String docPath() {
    return "docs/rules/" + id + ".md";
  }
}
