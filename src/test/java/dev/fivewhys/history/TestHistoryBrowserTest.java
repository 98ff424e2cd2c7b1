package dev.fivewhys.history;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

import dev.fivewhys.support.Browser;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pages issue 14 adds or changes, as people see them on a wide screen and on a phone: a test's history and
 * quarantine, the tests list, the failures list with flaky ones apart, the session's flaky tests, a run's context.
 */
@QuarkusTest
class TestHistoryBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void anEngineerQuarantinesAFlakyTestFromItsHistory() throws Exception {
        Fixtures.standardUsers();
        long session = Fixtures.session("browser-history", "ULTIMATE TEST DEPLOY LOOP: flaky websocket").session();
        String[] outcomes = { "PASSED", "FAILED", "PASSED", "PASSED", "FAILED", "PASSED" };
        for (int i = 0; i < outcomes.length; i++) {
            given().auth().preemptive().basic("engineer", "engineer" + Fixtures.PASSWORD_SUFFIX)
                    .contentType("application/xml").queryParam("name", "e2e staging #" + (40 + i))
                    .queryParam("commit", "8365f3012" + (i / 2)).queryParam("branch", "fix/websocket-1011")
                    .queryParam("job", "e2e-staging #" + (40 + i)).queryParam("jobUrl", "https://ci.example.com/jobs/" + i)
                    .queryParam("environment", "staging")
                    .body(Uploads.report("tests/e2e/staging/test_1_websocket_events_staging.py",
                            new String[] { "test_websocket_event_flow", outcomes[i],
                                    outcomes[i].equals("PASSED") ? null
                                            : "received 1011 (internal error) keepalive ping timeout" },
                            new String[] { "test_agent_started_event", "FAILED",
                                    "cannot import name 'get_db_session_factory'" },
                            new String[] { "test_health_endpoint", "PASSED", null }))
                    .post("/api/sessions/" + session + "/results").then().statusCode(201);
        }
        Uploads.historiesCaughtUp();
        long test = Uploads.number("select c.id from test_case c join project p on p.id = c.project_id "
                + "where p.slug = 'browser-history' and c.name = 'test_websocket_event_flow'");

        try (Browser browser = Browser.start(app)) {
            browser.logIn("engineer");
            shoot(browser, "tests/" + test, "test-history");
            String strip = browser.driver.findElement(By.cssSelector(".outcome-strip")).getText();
            assertEquals("PFPPFP", strip.replaceAll("\\s", ""));
            browser.driver.findElement(By.id("reason")).sendKeys("keepalive ping times out on staging under load");
            browser.script("document.getElementById('until').value = arguments[0]",
                    java.time.LocalDateTime.now().plusDays(14).withNano(0).toString().substring(0, 16));
            browser.driver.findElement(By.id("releaseAfterPasses")).sendKeys("5");
            browser.driver.findElement(By.cssSelector("form[action$='/quarantine'] button")).click();
            // the page is replaced after the post: an element of the old one goes stale while it is read
            browser.wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("main")).getText().contains("Quarantined until"));
            shoot(browser, "tests/" + test, "test-quarantined");
            shoot(browser, "tests?project=browser-history", "tests-list");
            shoot(browser, "failures?project=browser-history", "failures-flaky-apart");
            shoot(browser, "sessions/" + session, "session-flaky-tests");
            shoot(browser, "sessions/" + session + "/results", "results-run-context");
        }
    }

    private static void shoot(Browser browser, String path, String name) throws Exception {
        browser.resize(1280, 900);
        browser.open(path);
        browser.screenshotWholePage(name + ".png");
        browser.resize(390, 844);
        List<String> wide = browser.widerThanTheViewport();
        assertTrue(wide.isEmpty(), path + " at 390 px: " + wide);
        browser.screenshotWholePage(name + "-390.png");
        browser.resize(1280, 900);
    }
}
