package io.foilint.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer's upload page in a real browser: Debian's headless chromium driven through its own
 * /usr/bin/chromedriver (nothing downloaded). Skipped, with a message, where chromium is absent
 * ({@code apt-get install chromium chromium-driver}; .ci/run installs them on Debian).
 */
class UploadPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path FIXTURE = Path.of("test-fixtures/csv/staff-list-visible.csv");

  @Test
  void uploadingABlockFileShowsBlockAndOnlyMaskedEvidence() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present) {
      System.err.println("[foilint] chromium or chromedriver not found in /usr/bin: upload page browser"
          + " test skipped (apt-get install chromium chromium-driver)");
    }
    assumeTrue(present, "chromium and chromium-driver are not installed");
    // raw values of the fixture's first record; the report may show them only masked
    String[] record = Files.readAllLines(FIXTURE).get(1).split(",");
    String surname = record[0];
    String staffNumber = record[5];

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1200,1400", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    try (FoilintServer server = FoilintServer.start(ServeSettings.defaults())) {
      WebDriver driver = new ChromeDriver(service, options);
      try {
        driver.get("http://127.0.0.1:" + server.port() + "/");
        assertThat(driver.getTitle()).contains("foilint");
        // keyboard: Tab reaches the file input, the token field and the button, in that order
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          new Actions(driver).sendKeys(Keys.TAB).perform();
          order.add(driver.switchTo().activeElement().getAttribute("id"));
        }
        assertThat(order).containsExactly("files", "token", "check");
        // the file input has a visible label (accessibility) and takes the fixture
        WebElement input = driver.findElement(By.id("files"));
        assertThat(driver.findElement(By.cssSelector("label[for=files]")).getText()).contains("Files to check");
        input.sendKeys(FIXTURE.toAbsolutePath().toString());
        driver.findElement(By.id("check")).sendKeys(Keys.ENTER); // submitted from the keyboard
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertThat(verdict.getText()).isEqualTo("Verdict: BLOCK");
        assertThat(driver.findElement(By.id("download")).isEnabled()).isTrue();
        String page = driver.findElement(By.tagName("body")).getText();
        driver.switchTo().frame(driver.findElement(By.id("report")));
        String report = driver.findElement(By.tagName("body")).getText();
        driver.switchTo().defaultContent();
        assertThat(report).contains("BLOCK").contains("personal-data-table");
        // masked evidence: the surname's first letter followed by stars
        assertThat(report).contains(surname.charAt(0) + "*".repeat(surname.length() - 1));
        assertThat(report + page).doesNotContain(surname).doesNotContain(staffNumber);
        Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target/upload-page.png");
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("screenshot.update")) {
          Files.createDirectories(Path.of("docs/images"));
          Files.copy(shot, Path.of("docs/images/upload-page.png"), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.size(target)).isPositive();
      } finally {
        driver.quit();
      }
    }
    assertThat(Files.list(Uploads.root())).isEmpty();
  }
}
