package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPropertiesDetectorTest {

  @Test
  void personPropertiesAndSavePathAreReviewOthersInfo() {
    List<Finding> findings =
        Events.events()
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "dc:creator", "Margaret Thompson")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "cp:lastModifiedBy", "Dev Sharma")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/custom.xml", "custom:Case officer", "Ruth Ellis")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/app.xml", "Application", "Microsoft Excel")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/app.xml", "TitlesOfParts", "Summary, Staff")
            .fact(FactKind.SAVE_PATH, "xl/workbook.xml", "absPath", "C:\\Users\\mthompson\\Desktop\\")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "dc:title", "")
            .feed(new DocumentPropertiesDetector());

    Finding save = findings.stream().filter(f -> f.message().contains("saved from")).findFirst()
        .orElseThrow();
    assertThat(save.severity()).isEqualTo(Severity.REVIEW);
    Finding people = findings.stream().filter(f -> f.message().contains("name people")).findFirst()
        .orElseThrow();
    assertThat(people.severity()).isEqualTo(Severity.REVIEW);
    assertThat(people.message())
        .contains("dc:creator = M******* T*******", "cp:lastModifiedBy = D** S*****",
            "custom:Case officer = R*** E****");
    Finding parts = findings.stream().filter(f -> f.message().contains("names of its parts"))
        .findFirst().orElseThrow();
    assertThat(parts.severity()).isEqualTo(Severity.INFO);
    Finding other = findings.stream().filter(f -> f.message().contains("record Application = Microsoft Excel"))
        .findFirst().orElseThrow();
    assertThat(other.severity()).isEqualTo(Severity.INFO);
    assertThat(findings).hasSize(4);
    Findings.assertNoneContain(findings, "Margaret", "Thompson", "Sharma", "Ellis", "mthompson",
        "Staff");
  }

  @Test
  void propertiesThatNameNoPersonAreInfoAndShownAsWritten() {
    List<Finding> findings =
        Events.events()
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "dc:creator", "Microsoft Office User")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "cp:lastModifiedBy", "Administrator")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/app.xml", "Manager", "Disclosure Team")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "author", "Federal Trade Commission")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/custom.xml", "custom:FOI reference", "FOI-2024-0113")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/custom.xml", "custom:_AdHocReviewCycleID", "836808220")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/custom.xml", "custom:EditorialStatus", "Complete")
            .feed(new DocumentPropertiesDetector());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("dc:creator = Microsoft Office User",
          "cp:lastModifiedBy = Administrator", "Manager = Disclosure Team",
          "author = Federal Trade Commission");
      assertThat(f.message()).doesNotContain("FOI-2024-0113");
    });
  }

  @Test
  void customPropertiesNamingPeopleOrHoldingIdentifiersAreReview() {
    List<Finding> findings =
        Events.events()
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/custom.xml", "custom:Checked by", "Adam")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/custom.xml", "custom:_AuthorEmail",
                "r.ellis@example.gov.uk")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/custom.xml", "custom:Subject",
                "Complaint from Mrs Ruth Ellis")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "dc:creator", "JS")
            .feed(new DocumentPropertiesDetector());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.REVIEW);
      assertThat(f.message()).contains("custom:Checked by = A***", "custom:_AuthorEmail = r",
          "custom:Subject = C", "dc:creator = **");
    });
    Findings.assertNoneContain(findings, "Adam", "ellis", "Ellis", "JS");
  }

  @Test
  void aPersonNextToAPlaceholderKeepsTheFileReview() {
    List<Finding> findings =
        Events.events()
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "dc:creator", "Apache POI")
            .fact(FactKind.DOCUMENT_PROPERTY, "docProps/core.xml", "cp:lastModifiedBy", "jzhu")
            .feed(new DocumentPropertiesDetector());
    assertThat(findings).extracting(Finding::severity)
        .containsExactlyInAnyOrder(Severity.REVIEW, Severity.INFO);
    Findings.assertNoneContain(findings, "jzhu");
  }

  @Test
  void noPropertiesNoFinding() {
    assertThat(Events.sheet("S").row("a").feed(new DocumentPropertiesDetector())).isEmpty();
  }

  @Test
  void pdfXmpCreatorIsAPersonToolsAreShownAndPathsGetAPdfFix() {
    List<Finding> findings = Events.events()
        .fact(FactKind.DOCUMENT_PROPERTY, "XMP metadata", "xmp:dc:creator", "Jane Smith")
        .fact(FactKind.DOCUMENT_PROPERTY, "XMP metadata", "xmp:xmp:CreatorTool", "Microsoft Word")
        .fact(FactKind.SAVE_PATH, "document information", "title", "C:\\Users\\jsmith\\case.docx")
        .feed(new DocumentPropertiesDetector());
    assertThat(findings).extracting(Finding::severity)
        .containsExactlyInAnyOrder(Severity.REVIEW, Severity.REVIEW, Severity.INFO);
    // The engine gives findings in a PDF the rule's PDF fix (PdfFixAdviceTest checks that end).
    assertThat(new DocumentPropertiesDetector().info().pdfFix()).contains("Remove Hidden Information");
    assertThat(findings).filteredOn(f -> f.severity() == Severity.INFO).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("xmp:xmp:CreatorTool = Microsoft Word"));
    Findings.assertNoneContain(findings, "Jane", "jsmith");
  }

  @Test
  void aPicturesArtistIsAPersonAndItsSoftwareIsShownAsWritten() {
    var findings = Events.events()
        .fact(FactKind.DOCUMENT_PROPERTY, "word/media/image1.jpeg", "Exif IFD0:Artist", "Niamh Quenby")
        .fact(FactKind.DOCUMENT_PROPERTY, "word/media/image1.jpeg", "Exif IFD0:Software", "GIMP 2.10")
        .feed(new DocumentPropertiesDetector());

    var people = findings.stream().filter(f -> f.severity() == Severity.REVIEW).findFirst().orElseThrow();
    assertThat(people.message()).contains("Exif IFD0:Artist = N**** Q*****",
        "the picture's Properties > Details").doesNotContain("Niamh");
    assertThat(people.fix()).contains("exiftool");
    var other = findings.stream().filter(f -> f.severity() == Severity.INFO).findFirst().orElseThrow();
    assertThat(other.message()).contains("Exif IFD0:Software = GIMP 2.10");
  }

  @Test
  void aPicturesArtistThatIsNoPersonIsOnlyNoted() {
    var findings = Events.events()
        .fact(FactKind.DOCUMENT_PROPERTY, "picture metadata", "Exif IFD0:Artist", "Microsoft Office User")
        .feed(new DocumentPropertiesDetector());
    assertThat(findings).allMatch(f -> f.severity() == Severity.INFO);
  }
}
