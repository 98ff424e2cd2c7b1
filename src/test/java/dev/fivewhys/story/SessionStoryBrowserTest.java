package dev.fivewhys.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.fivewhys.support.Browser;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The engineer's journey in a real browser: a session with its plan, results uploaded, a five-whys analysis started from
 * the failure, a fix, an audit and a stability validation, each through its page; then every one of those records and
 * the session's go/no-go are found on the session page, in its timeline, and in its report.md.
 */
@QuarkusTest
class SessionStoryBrowserTest {

    static final String SUITE = "tests/e2e/staging/test_priority1_critical_REAL.py";

    @TestHTTPResource("/")
    URL app;

    private static Browser browser;

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theEngineersJourneyIsToldOnTheSessionPageInItsTimelineAndInItsReport() throws IOException {
        Fixtures.standardUsers();
        long project = Fixtures.project("browser-story").id;
        browser = Browser.start(app);
        WebDriver driver = browser.driver;
        browser.logIn("engineer");

        // the session and its plan
        browser.open("sessions/new");
        new Select(driver.findElement(By.id("projectId"))).selectByValue(String.valueOf(project));
        driver.findElement(By.id("title")).sendKeys("ULTIMATE TEST DEPLOY LOOP: Golden Path P0");
        new Select(driver.findElement(By.id("status"))).selectByValue("RUNNING");
        driver.findElement(By.id("impactAmount")).sendKeys("550000");
        new Select(driver.findElement(By.id("impactBasis"))).selectByValue("MRR");
        submit(driver.findElement(By.cssSelector("form[action='/sessions']")));
        browser.wait.until(ExpectedConditions.urlMatches("/sessions/\\d+$"));
        long session = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/sessions/(\\d+).*", "$1"));
        browser.open("sessions/" + session + "/plan");
        WebElement phase = driver.findElement(By.cssSelector("form[action$='/plan/phases']"));
        phase.findElement(By.name("name")).sendKeys("Critical");
        phase.findElement(By.name("priority")).sendKeys("P0");
        submit(phase);
        // the plan page comes back after each form: wait for the old one to go, or its forms are found stale
        browser.waitUntilGone(phase);
        WebElement suite = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form[action*='/plan/phases/'][action$='/suites']")));
        suite.findElement(By.name("path")).sendKeys(SUITE);
        suite.findElement(By.name("expectedCount")).sendKeys("25");
        submit(suite);
        browser.waitUntilGone(suite);
        WebElement criterion = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form[action$='/plan/criteria']")));
        criterion.findElement(By.name("text")).sendKeys("P0 tests pass");
        submit(criterion);
        browser.waitForText(By.tagName("body"), "P0 tests pass");

        // results
        browser.open("sessions/" + session);
        Path report = Files.createTempFile("story-", ".xml");
        Files.writeString(report, Uploads.report(SUITE, new String[] { "test_websocket_events", "ERRORED",
                "received 1011 (internal error) Internal error" }, new String[] { "test_login", "PASSED", null }),
                StandardCharsets.UTF_8);
        driver.findElement(By.id("report")).sendKeys(report.toString());
        driver.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.urlContains("/results"));

        // five whys from the failure
        browser.open("sessions/" + session);
        driver.findElement(By.cssSelector("#failures article h3 a")).click();
        browser.wait.until(ExpectedConditions.urlMatches("/failures/\\d+$"));
        driver.findElement(By.cssSelector("a[href$='/analyses/new']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("why-1")));
        driver.findElement(By.id("problemStatement")).clear();
        driver.findElement(By.id("problemStatement")).sendKeys("Chat is down: WebSocket 1011");
        driver.findElement(By.id("why-1")).sendKeys("The factory import failed");
        driver.findElement(By.id("rootCause")).sendKeys("SSOT consolidation broke an import");
        driver.findElement(By.cssSelector(
                "form.analysis-form button[name=action][value='complete']:not(.default-submit)")).click();
        browser.wait.until(ExpectedConditions.urlMatches("/analyses/\\d+$"));

        // the fix, its audit and its stability validation
        driver.findElement(By.cssSelector("a[href^='/fixes/new']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        driver.findElement(By.id("summary")).sendKeys("Import get_database_manager");
        driver.findElement(By.id("filePath-1")).sendKeys("netra_backend/app/websocket_core/websocket_manager_factory.py");
        driver.findElement(By.id("fileLines-1")).sendKeys("2352-2353, 2465-2466");
        driver.findElement(By.id("commitSha")).sendKeys("8365f3012");
        driver.findElement(By.id("pullRequest")).sendKeys("156");
        driver.findElement(By.cssSelector("button.primary[name=action][value=save]")).click();
        browser.wait.until(ExpectedConditions.urlMatches("/fixes/\\d+$"));
        String fixPage = driver.getCurrentUrl();
        long fix = Long.parseLong(fixPage.replaceAll(".*/fixes/(\\d+).*", "$1"));
        driver.findElement(By.cssSelector("a[href^='/audits/new']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kind")));
        driver.findElement(By.id("kind")).clear();
        driver.findElement(By.id("kind")).sendKeys("SSOT");
        driver.findElement(By.id("checkName-1")).sendKeys("Import Validation");
        driver.findElement(By.id("checkScore-1")).sendKeys("96");
        new Select(driver.findElement(By.id("checkOutcome-1"))).selectByValue("PASS");
        driver.findElement(By.id("verdict")).sendKeys("APPROVED FOR DEPLOYMENT");
        new Select(driver.findElement(By.id("recommendation"))).selectByValue("APPROVED");
        driver.findElement(By.cssSelector("button.primary[name=action][value=save]")).click();
        browser.wait.until(ExpectedConditions.urlContains("/fixes/" + fix));
        driver.findElement(By.cssSelector("a[href^='/stability-validations/new']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("riskLevel")));
        new Select(driver.findElement(By.id("riskLevel"))).selectByValue("LOW");
        new Select(driver.findElement(By.id("readiness"))).selectByValue("CONDITIONAL_GO");
        driver.findElement(By.id("notes")).sendKeys("Deploy commit 8365f3012 to staging");
        driver.findElement(By.cssSelector("button.primary[name=action][value=save]")).click();
        browser.wait.until(ExpectedConditions.urlContains("/fixes/" + fix));

        // the session page tells it all
        browser.open("sessions/" + session);
        assertEquals("Session go/no-go: CONDITIONAL GO", driver.findElement(By.cssSelector("#go-no-go .verdict")).getText());
        String failure = driver.findElement(By.cssSelector("#failures article")).getText();
        for (String said : List.of("Analysis #", "started from the failure", "SSOT consolidation broke an import",
                "Fix #" + fix, "commit 8365f3012", "PR #156", "Audit: SSOT 96% APPROVED",
                "Stability: LOW RISK, CONDITIONAL GO", "Go/no-go: CONDITIONAL GO")) {
            assertTrue(failure.contains(said), said + " in " + failure);
        }
        List<String> told = driver.findElements(By.cssSelector(".log-entry-app h4")).stream().map(WebElement::getText)
                .map(t -> t.replaceAll("^\\d\\d:\\d\\d — ", "").replaceAll(" #\\d+$", "")).toList();
        assertEquals(List.of("TEST RESULTS UPLOADED", "NEW FAILURES SEEN", "FIVE WHYS ANALYSIS STARTED",
                "FIVE WHYS ANALYSIS COMPLETED", "FIX RECORDED", "SSOT COMPLIANCE AUDIT RECORDED",
                "SYSTEM STABILITY VALIDATION RECORDED"), told);
        browser.screenshotWholePage("session-story-1280.png");
        browser.resize(390, 844);
        browser.screenshotWholePage("session-story-390.png");
        assertEquals(List.of(), browser.widerThanTheViewport(), "nothing wider than a phone");
        browser.resize(1280, 900);

        // continuing it carries its plan, criteria and impact over
        browser.open("sessions/new?continues=" + session);
        assertEquals("550000.00", driver.findElement(By.id("impactAmount")).getDomProperty("value"));
        assertEquals("P0 tests pass", driver.findElement(By.id("criteriaText")).getDomProperty("value"));
        browser.screenshotWholePage("session-continue-1280.png");
        browser.resize(390, 844);
        browser.screenshotWholePage("session-continue-390.png");
        browser.resize(1280, 900);

        // and so does its report
        browser.open("sessions/" + session + "/report.md");
        String markdown = driver.findElement(By.tagName("body")).getText();
        for (String said : List.of("## SESSION GO/NO-GO: CONDITIONAL GO", "## TEST RESULTS", "## FAILURES SEEN",
                "**Why #1**: The factory import failed", "**Root Cause**: SSOT consolidation broke an import",
                "**Fix**: Import get_database_manager", "(lines 2352-2353, 2465-2466)", "Committed as commit 8365f3012",
                "Pull request: PR #156", "SSOT COMPLIANCE AUDIT COMPLETED", "**Import Validation**",
                "**Deployment Readiness**: CONDITIONAL GO", "**Condition**: Deploy commit 8365f3012 to staging",
                "- **P0 tests pass**:")) {
            assertTrue(markdown.contains(said), said + " in\n" + markdown);
        }
    }

    private static void submit(WebElement form) {
        form.findElement(By.cssSelector("button[type=submit], button:not([type])")).click();
    }
}
