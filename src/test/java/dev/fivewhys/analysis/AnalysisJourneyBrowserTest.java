package dev.fivewhys.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.fivewhys.support.AnalysisFixtures;
import dev.fivewhys.support.Browser;
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

    @TestHTTPResource("/")
    URL app;

    private static Browser browser;
    private static WebDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        if (browser == null) {
            Fixtures.standardUsers();
            browser = Browser.start(app);
            driver = browser.driver;
        }
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void engineerWritesAFiveWhysAnalysisAndSeesTheChainInOrder() throws IOException {
        long failure = AnalysisFixtures.failure("browser", "ImportError",
                "cannot import name 'get_db_session_factory' from 'netra_backend.app.db.session'");
        WebDriverWait wait = browser.wait;

        browser.logIn("engineer");

        browser.open("failures/" + failure + "/analyses/new");
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
        browser.screenshot("analysis-form-message.png");

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
        browser.screenshot("analysis-journey.png");
    }

    @Test
    void aManagerReadsTheFixPageWithItsGoNoGo() throws IOException {
        AnalysisFixtures.Chain chain = AnalysisFixtures.chain("browser");
        WebDriverWait wait = browser.wait;
        browser.logIn("manager");
        browser.open("fixes/" + chain.fix());
        assertEquals("GO · ready to deploy", driver.findElement(By.cssSelector(".go-no-go .verdict")).getText());
        assertTrue(driver.findElements(By.cssSelector("form[action$='/status']")).isEmpty(), "a manager changes nothing");
        browser.screenshot("fix-page.png");
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

}
