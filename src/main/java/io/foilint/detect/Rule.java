package io.foilint.detect;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Metadata of a detector, on its class (as Error Prone's {@code @BugPattern}). The long
 * explanation lives in {@code docs/rules/<id>.md}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Rule {

  /** Stable kebab-case id; never changes once released. */
  String id();

  /**
   * The severity of the rule's usual finding, as {@code foilint rules} and SARIF's default level
   * show it; a finding may be lower, or higher where the rule's page says when (a hidden Excel 4
   * macro sheet is BLOCK though {@code macros} is REVIEW).
   */
  Severity severity();

  /** One line, no trailing period. */
  String summary();

  /** How to fix the file, in an officer's words; a finding may give a more specific fix. */
  String fix();

  /**
   * How to fix the file when it is a PDF, where the rule applies to PDFs too and the general fix
   * speaks of spreadsheet menus; empty when the general fix fits every format.
   */
  String pdfFix() default "";

  /**
   * How to fix the file when it is an OpenDocument spreadsheet (ods, fods: LibreOffice Calc's
   * menus), where the general fix speaks of Excel's; empty when the general fix fits.
   */
  String odsFix() default "";

  /**
   * Whether the rule's findings are about the file's content or about what foilint could not
   * inspect ({@link About#INSPECTION}: reports group those apart, under "Not inspected").
   */
  About about() default About.CONTENT;

  String since() default "0.1";
}
