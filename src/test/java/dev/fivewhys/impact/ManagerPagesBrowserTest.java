package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.project.Severity;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Browser;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A manager reads the impact page, the failures, a failure and a session in real Chromium, on a desktop and on a phone
 * (390 × 844): nothing is wider than the screen, the navigation folds into a menu, charts are drawn for the width,
 * wide tables scroll in their own box. Screenshots of every page at both widths land in target/screenshots/.
 */
@QuarkusTest
class ManagerPagesBrowserTest {

    static final String PROJECT = "impact-screens";
    static long session;
    static long failure;

    @TestHTTPResource("/")
    URL app;

    /** Once; in a test's setup rather than before all, because the API client learns the app's port per test. */
    @BeforeEach
    void data() {
        if (session != 0) {
            return;
        }
        Fixtures.standardUsers();
        session = Fixtures.session(PROJECT, "ULTIMATE TEST DEPLOY LOOP: Golden Path P0 Continuation - 20250910").session();
        QuarkusTransaction.requiringNew().run(() -> {
            TestSession s = TestSession.findById(session);
            s.status = SessionStatus.RUNNING;
            s.startedAt = Instant.now().minus(9, ChronoUnit.DAYS);
            s.impact.amountMinor = 55_000_000L;
        });
        assertEquals(201, Uploads.api(session, report()).statusCode());
        failure = Uploads.number("select min(f.id) from failure f join project p on p.id = f.project_id where p.slug = ?1",
                PROJECT);
        QuarkusTransaction.requiringNew().run(() -> {
            Failure f = Failure.findById(failure);
            Instant now = Instant.now();
            Analysis analysis = ImpactTestRecords.analysis(f.project, f, null, AnalysisStatus.COMPLETE,
                    now.minus(2, ChronoUnit.DAYS).toString());
            Fix fix = ImpactTestRecords.fix(analysis, "Restore `get_db_session_factory` in the WebSocket manager factory",
                    FixStatus.MERGED, now.minus(2, ChronoUnit.DAYS).toString());
            ImpactTestRecords.audit(fix, AuditRecommendation.APPROVED_WITH_CONDITIONS, now.minus(1, ChronoUnit.DAYS)
                    .toString(), "Split `websocket_manager_factory.py` (2,465 lines) in a **follow-up**");
            ImpactTestRecords.stability(fix, Readiness.CONDITIONAL_GO, now.minus(1, ChronoUnit.DAYS).toString(),
                    "Deploy commit `8365f3012` to staging before the *1000+ test* marathon");
            Fix blocked = ImpactTestRecords.fix(analysis, "Add an import smoke test to CI", FixStatus.PROPOSED,
                    now.minus(1, ChronoUnit.DAYS).toString());
            ImpactTestRecords.audit(blocked, AuditRecommendation.REJECTED, now.minus(1, ChronoUnit.DAYS).toString());
            // a 6-minute recovery and one of 30 hours, for the recovery chart; a second kind of money for the trend
            for (int[] recovery : new int[][] { { 20, 6 }, { 6, 30 * 60 } }) {
                Instant seen = now.minus(recovery[0], ChronoUnit.DAYS);
                Failure gone = ImpactTestRecords.failure(f.project, "recovered " + recovery[1], Severity.MEDIUM,
                        seen.toString(), FailureStatus.RESOLVED);
                Fix verified = ImpactTestRecords.fix(ImpactTestRecords.analysis(f.project, gone, null,
                        AnalysisStatus.VERIFIED, seen.toString()), "Verified fix", FixStatus.VERIFIED, seen.toString());
                verified.verifiedAt = seen.plus(recovery[1], ChronoUnit.MINUTES);
            }
            ImpactTestRecords.session(f.project, "EU checkout", now.minus(30, ChronoUnit.DAYS).toString(),
                    SessionStatus.BLOCKED, 3_000_000, "EUR", ImpactBasis.ARR);
        });
    }

    @Test
    void onADesktopTheNavigationIsARowAndMarksThePage() throws IOException {
        try (Browser browser = Browser.start(app)) {
            browser.logIn("manager");
            browser.resize(1280, 900);
            browser.open("impact?project=" + PROJECT);
            WebElement impact = browser.driver.findElement(By.cssSelector("nav a[href='/impact']"));
            assertTrue(visible(browser, impact), "the navigation shows without opening a menu");
            assertEquals("page", impact.getAttribute("aria-current"));
            assertFalse(browser.driver.findElement(By.cssSelector("details.menu > summary")).isDisplayed());
            assertTrue(browser.driver.findElement(By.cssSelector("[data-print]")).isDisplayed(), "print works with the script");
            assertTrue(
                    browser.driver.findElements(By.cssSelector("svg.chart-wide")).stream().allMatch(WebElement::isDisplayed));
            assertTrue(browser.driver.findElements(By.cssSelector("svg.chart-narrow")).stream()
                    .noneMatch(WebElement::isDisplayed));
            assertEquals(List.of("CONDITIONAL GO", "NO GO"), browser.driver.findElements(By.cssSelector(
                    ".fixes-in-flight .readiness-pill")).stream().map(WebElement::getText).sorted().toList());
            WebElement condition = browser.driver.findElement(By.cssSelector(".fixes-in-flight ul.conditions li code"));
            assertEquals("websocket_manager_factory.py", condition.getText(), "conditions are markdown, rendered");
            assertTrue(browser.driver.findElements(By.cssSelector(".attention-item")).size() >= 2);
            for (String page : pages()) {
                browser.open(page);
                assertEquals(List.of(), browser.widerThanTheViewport(), page);
                assertNoInlineScript(browser, page);
                Files.size(browser.screenshotWholePage(shotName(page, "desktop")));
            }
            browser.open("failures/" + failure);
            assertEquals("true", browser.driver.findElement(By.cssSelector("nav a[href='/failures']"))
                    .getAttribute("aria-current"), "a failure is in the Failures section");
        }
    }

    @Test
    void onAPhoneNothingIsWiderThanTheScreen() throws IOException {
        try (Browser browser = Browser.start(app)) {
            browser.logIn("manager");
            browser.resize(390, 844);
            for (String page : pages()) {
                browser.open(page);
                assertEquals(390L, browser.script("return document.documentElement.clientWidth"));
                assertEquals(List.of(), browser.widerThanTheViewport(), page);
                browser.screenshotWholePage(shotName(page, "390"));
            }
        }
    }

    @Test
    void onAPhoneTheMenuOpensAndTheChartsAndTablesFit() throws IOException {
        try (Browser browser = Browser.start(app)) {
            browser.logIn("manager");
            browser.resize(390, 844);
            browser.open("impact?project=" + PROJECT);

            WebElement logOut = browser.driver.findElement(By.cssSelector(".who button"));
            assertFalse(visible(browser, logOut), "the navigation is folded away");
            browser.driver.findElement(By.cssSelector("details.menu > summary")).click();
            assertTrue(visible(browser, logOut), "the menu opens");
            assertTrue(logOut.getRect().getX() + logOut.getRect().getWidth() <= 390, "Log out is on the screen");
            assertEquals(List.of(), browser.widerThanTheViewport(), "the open menu fits");
            browser.screenshot("impact-390-menu.png");
            browser.driver.findElement(By.cssSelector("details.menu > summary")).click();

            List<WebElement> narrow = browser.driver.findElements(By.cssSelector("svg.chart-narrow"));
            assertFalse(narrow.isEmpty());
            for (WebElement chart : narrow) {
                assertTrue(chart.isDisplayed(), "the phone drawing is shown");
                double labelHeight = ((Number) browser.script("return arguments[0].querySelector('text')"
                        + ".getBoundingClientRect().height", chart)).doubleValue();
                assertTrue(labelHeight >= 10, "chart labels are legible: " + labelHeight + " px");
            }
            assertTrue(
                    browser.driver.findElements(By.cssSelector("svg.chart-wide")).stream().noneMatch(WebElement::isDisplayed));

            browser.open("failures?project=" + PROJECT);
            WebElement box = browser.driver.findElement(By.cssSelector(".table-scroll"));
            assertTrue(((Number) browser.script("return arguments[0].scrollWidth - arguments[0].clientWidth", box))
                    .longValue() > 0, "the failures table is wider than the phone, and scrolls in its box");
            WebElement first = box.findElement(By.cssSelector("tbody td"));
            int before = first.getRect().getX();
            browser.script("arguments[0].scrollLeft = 300", box);
            assertEquals(before, first.getRect().getX(), "the first column stays in view");

            browser.open("sessions/" + session);
            browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement skip = browser.driver.switchTo().activeElement();
            assertEquals("Skip to content", skip.getText());
            assertTrue(skip.getRect().getY() >= 0, "the skip link shows when focused");
            skip.sendKeys(Keys.ENTER);
            assertEquals("main", browser.driver.switchTo().activeElement().getTagName(), "and moves focus to the page");
        }
    }

    /** Whether the element is rendered; Selenium's own check takes anything in a closed details for hidden. */
    private static boolean visible(Browser browser, WebElement element) {
        return (Boolean) browser.script("return arguments[0].checkVisibility()", element);
    }

    private static List<String> pages() {
        return List.of("impact?project=" + PROJECT, "failures?project=" + PROJECT, "failures/" + failure,
                "sessions/" + session);
    }

    private static String shotName(String page, String width) {
        return page.replaceAll("\\?.*", "").replace('/', '-') + "-" + width + ".png";
    }

    private static void assertNoInlineScript(Browser browser, String page) {
        assertEquals(Boolean.FALSE, browser.script("""
                return [...document.querySelectorAll('*')].some(e => [...e.attributes].some(a => a.name.startsWith('on')))
                    || [...document.scripts].some(s => !s.src);"""), page + " has no inline script or event handler");
    }

    /** A pytest run against staging: two failures with long names and messages, one error, one pass. */
    private static String report() {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <testsuites><testsuite name="pytest" tests="4" failures="2" errors="1">
                <testcase classname="tests.e2e.staging.test_1_websocket_events_staging.TestWebSocketEventsStaging"
                  name="test_websocket_connection_establishes_and_receives_agent_started_event_within_the_timeout" time="12.5">
                  <failure message="websockets.exceptions.ConnectionClosedError: received 1011 (internal error) keepalive ping timeout; then sent 1011 (internal error) keepalive ping timeout">Traceback (most recent call last):
                  File "tests/e2e/staging/test_1_websocket_events_staging.py", line 212, in test_websocket_connection
                websockets.exceptions.ConnectionClosedError: received 1011 (internal error)</failure></testcase>
                <testcase classname="tests.e2e.staging.test_priority1_critical_REAL.TestCriticalFunctionality"
                  name="test_agent_pipeline_runs_end_to_end_with_the_database_session_factory" time="0.4">
                  <error message="ImportError: cannot import name 'get_db_session_factory' from 'netra_backend.app.db.session_factory_registry_and_other_long_module_names'">ImportError</error></testcase>
                <testcase classname="tests.e2e.staging.test_priority1_critical_REAL.TestCriticalFunctionality"
                  name="test_health_endpoint_answers_within_two_seconds" time="0.2">
                  <failure message="AssertionError: p95 latency 2.4s exceeds the 2s performance target">AssertionError</failure></testcase>
                <testcase classname="tests.e2e.staging.test_priority1_critical_REAL.TestCriticalFunctionality"
                  name="test_login_page_loads" time="0.1"/>
                </testsuite></testsuites>
                """;
    }
}
