package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The five-whys form in a real browser (the Debian Chromium, headless), with its script: an engineer logs in, starts
 * an analysis of a failure, adds a sixth why, removes one, is told beside the field that completing needs a root
 * cause (the whys still there, in order), gives it, and sees the saved chain in order.
 */
@QuarkusTest
class AnalysisJourneyBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    URL app;

    private static Path profile;
    private static WebDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        // A missing browser must fail the build, not skip the journey silently.
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER
                    + ": install the Debian packages chromium and chromium-driver (.ci/run does).");
        }
        Fixtures.standardUsers();
        // Never let Selenium Manager look for (or download) a driver or a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("fivewhys-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,2000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void engineerWritesAFiveWhysAnalysisAndSeesTheChainInOrder() throws IOException {
        long failure = AnalysisFixtures.failure("browser", "ImportError",
                "cannot import name 'get_db_session_factory' from 'netra_backend.app.db.session'");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));

        logIn("engineer", wait);

        driver.get(app + "failures/" + failure + "/analyses/new");
        assertTrue(driver.getPageSource().contains("Failure #" + failure), "the failure being analysed is shown");
        assertEquals(5, rows().size(), "five whys to begin with");
        List<String> typed = List.of(SeedAnalysis.WHYS.get(0), SeedAnalysis.WHYS.get(1), SeedAnalysis.WHYS.get(2),
                SeedAnalysis.WHYS.get(3), SeedAnalysis.WHYS.get(4));
        for (int i = 0; i < 5; i++) {
            driver.findElement(By.id("why-" + (i + 1))).sendKeys(typed.get(i));
        }

        button("add-why").click();
        WebElement sixth = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("why-6")));
        sixth.sendKeys("Nobody owned the import contract between the modules");
        assertEquals("Why #6", label("why-6"));

        button("remove-why-3").click();
        List<String> expected = List.of(typed.get(0), typed.get(1), typed.get(3), typed.get(4),
                "Nobody owned the import contract between the modules");
        assertEquals(expected, whyValues(), "the rest keep their text, renumbered");
        assertEquals("Why #3", label("why-3"));
        assertEquals(5, rows().size());

        button("complete").click();
        WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rootCause-error")));
        assertEquals("Name the root cause", error.getText());
        assertEquals(1, driver.findElements(By.xpath(
                "//textarea[@id='rootCause']/following-sibling::p[@id='rootCause-error']")).size(),
                "the message sits beside the root cause field");
        assertEquals(expected, whyValues(), "the whys are kept, in order, after the server refused");
        screenshot("analysis-form-message.png");

        driver.findElement(By.id("rootCause")).sendKeys(SeedAnalysis.ROOT_CAUSE);
        button("complete").click();
        wait.until(ExpectedConditions.urlMatches("/analyses/\\d+$"));

        List<String> chain = new ArrayList<>();
        List<WebElement> terms = driver.findElements(By.cssSelector("dl.chain > dt"));
        for (WebElement term : terms) {
            if (term.getText().startsWith("Why #")) {
                chain.add(term.getText() + ": "
                        + term.findElement(By.xpath("following-sibling::dd[1]")).getText().strip());
            }
        }
        assertEquals(List.of("Why #1: " + expected.get(0), "Why #2: " + expected.get(1), "Why #3: " + expected.get(2),
                "Why #4: " + expected.get(3), "Why #5: " + expected.get(4)), chain);
        assertTrue(driver.findElement(By.cssSelector("dd.root-cause")).getText().contains(SeedAnalysis.ROOT_CAUSE));
        assertTrue(driver.findElement(By.cssSelector(".flash")).getText().contains("Analysis complete"));
        screenshot("analysis-journey.png");
    }

    @Test
    void aManagerReadsTheFixPageWithItsGoNoGo() throws IOException {
        AnalysisFixtures.Chain chain = AnalysisFixtures.chain("browser");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        logIn("manager", wait);
        driver.get(app + "fixes/" + chain.fix());
        assertEquals("GO · ready to deploy", driver.findElement(By.cssSelector(".go-no-go .verdict")).getText());
        assertTrue(driver.findElements(By.cssSelector("form[action$='/status']")).isEmpty(), "a manager changes nothing");
        screenshot("fix-page.png");
    }

    private void logIn(String username, WebDriverWait wait) {
        driver.manage().deleteAllCookies();
        driver.get(app + "login");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(username + Fixtures.PASSWORD_SUFFIX);
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("ol[data-rows=why] > li[data-row]"));
    }

    private static List<String> whyValues() {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= rows().size(); i++) {
            values.add(driver.findElement(By.id("why-" + i)).getDomProperty("value"));
        }
        return values;
    }

    private static String label(String field) {
        return driver.findElement(By.cssSelector("label[for='" + field + "']")).getText();
    }

    private static WebElement button(String action) {
        return driver.findElement(
                By.cssSelector("form.analysis-form button[name=action][value='" + action + "']:not(.default-submit)"));
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
