package io.foilint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package boundaries the design fixes. */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.foilint");

  @Test
  void onlyExtractorsImportDocumentLibraries() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.foilint.extract..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..", "org.apache.tika..", "com.opencsv..", "org.apache.pdfbox..")
        .check(MAIN);
  }

  @Test
  void theModelDependsOnNothingButTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("io.foilint.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("io.foilint.model..", "java..")
        .check(MAIN);
  }

  @Test
  void detectorsDoNoIoAndUseNoExtractors() {
    noClasses()
        .that()
        .resideInAPackage("io.foilint.detect..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.foilint.extract..", "io.foilint.scan..", "java.nio.file..")
        .check(MAIN);
  }

  @Test
  void onlyTheStoreTalksToDatabasesAndTheEngineKnowsNoStore() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.foilint.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.flywaydb..", "org.sqlite..", "org.postgresql..")
        .check(MAIN);
    noClasses()
        .that()
        .resideInAnyPackage("io.foilint.scan..", "io.foilint.detect..", "io.foilint.extract..", "io.foilint.report..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.foilint.store..")
        .check(MAIN);
  }
}
