package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Browser;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Retention on a fixed clock: results are uploaded "in" January and February 2001 (months no other test uses), and
 * retention of 13 months is applied as if it were February, then March 2002. January goes as a whole partition,
 * except the results of the session marked "keep"; runs, their counts and the failures stay; the page says so.
 */
@QuarkusTest
class ResultRetentionTest {

    private static final RetentionPeriod THIRTEEN_MONTHS = RetentionPeriod.parse("13 months");

    @TestHTTPResource("/")
    URL app;
    @Inject
    ResultIngestion ingestion;
    @Inject
    ResultRetention retention;

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    private long upload(long session, String at) throws Exception {
        String report = Uploads.report("tests/e2e/staging/test_retention.py",
                new String[] { "test_login", "FAILED", "expected 200, got 503" }, new String[] { "test_health", "PASSED" },
                new String[] { "test_socket", "ERRORED", "received 1011 (internal error)" });
        return ingestion.ingestAt(session, new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)),
                "retention.xml", "engineer", Instant.parse(at)).runId();
    }

    private static long results(long run) {
        return Uploads.number("select count(*) from test_result where run_id = ?1", run);
    }

    private static boolean partition(String name) {
        return Uploads.number("select count(*) from pg_class where relname = ?1 and relnamespace = "
                + "current_schema()::regnamespace", name) == 1;
    }

    @Test
    void aMonthPastRetentionIsDroppedWholeExceptAKeptSessionAndRunsAndFailuresStay() throws Exception {
        long expiring = Fixtures.session("retention", "Expiring session").session();
        long pinned = Fixtures.session("retention", "Pinned session").session();
        long january = upload(expiring, "2001-01-15T10:00:00Z");
        long pinnedJanuary = upload(pinned, "2001-01-31T23:59:59Z");
        long february = upload(expiring, "2001-02-01T00:00:00Z");
        WebClient engineer = WebClient.loginAs("engineer");
        engineer.post("/sessions/" + pinned + "/results/keep", Map.of("keep", "true")).then().statusCode(303);
        long occurrences = Uploads.number("select sum(occurrences) from failure f join project p on p.id = f.project_id "
                + "where p.slug = 'retention'");
        assertTrue(partition("test_result_y2001m01") && partition("test_result_y2001m02"), "uploads made their months");

        // February 2002: January 2001 is still within 13 months
        assertEquals(List.of(), retention.apply(Instant.parse("2002-02-28T12:00:00Z"), THIRTEEN_MONTHS));
        assertEquals(3, results(january));

        // March 2002: January 2001 is past them, February 2001 is not
        assertEquals(List.of(LocalDate.parse("2001-01-01")),
                retention.apply(Instant.parse("2002-03-01T00:00:00Z"), THIRTEEN_MONTHS));
        assertFalse(partition("test_result_y2001m01"), "the month went as a whole partition");
        assertTrue(partition("test_result_y2001m02"));
        assertEquals(0, results(january));
        assertEquals(3, results(february));
        assertEquals(3, results(pinnedJanuary), "the pinned session keeps its results");
        assertEquals(3, Uploads.number("select count(*) from test_result_kept where run_id = ?1", pinnedJanuary));
        assertEquals(3, Uploads.number("select tests from test_run where id = ?1", january), "the run keeps its counts");
        assertNotNull(Uploads.rows("select results_removed_at from test_run where id = ?1", january).get(0));
        assertNull(Uploads.rows("select results_removed_at from test_run where id = ?1", pinnedJanuary).get(0));
        assertEquals(occurrences, Uploads.number("select sum(occurrences) from failure f join project p on "
                + "p.id = f.project_id where p.slug = 'retention'"), "failures keep their counts");

        String page = engineer.get("/sessions/" + expiring + "/results?run=" + january).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("The results of this run were removed on"), page);
        assertTrue(page.contains("the last month removed: January 2001"), page);
        String pinnedPage = engineer.get("/sessions/" + pinned + "/results?run=" + pinnedJanuary).then().statusCode(200)
                .extract().asString();
        assertTrue(pinnedPage.contains("test_login") && pinnedPage.contains("Let these results expire")
                && pinnedPage.contains("This session's results are kept past the retention period."), pinnedPage);

        try (Browser browser = Browser.start(app)) {
            browser.logIn("engineer");
            for (int width : new int[] { 1280, 390 }) {
                browser.resize(width, 844);
                browser.open("sessions/" + expiring + "/results?run=" + january);
                browser.screenshotWholePage("results-removed-" + width + ".png");
                assertEquals(List.of(), browser.widerThanTheViewport(), "at " + width + " px");
                browser.open("sessions/" + pinned + "/results?run=" + pinnedJanuary);
                browser.screenshotWholePage("results-kept-" + width + ".png");
                assertEquals(List.of(), browser.widerThanTheViewport(), "at " + width + " px");
            }
        }

        // let go, the pinned session's old results go at the next round, like the others did
        engineer.post("/sessions/" + pinned + "/results/keep", Map.of("keep", "false")).then().statusCode(303);
        assertEquals(List.of(), retention.apply(Instant.parse("2002-03-01T01:00:00Z"), THIRTEEN_MONTHS));
        assertEquals(0, results(pinnedJanuary));
        assertNotNull(Uploads.rows("select results_removed_at from test_run where id = ?1", pinnedJanuary).get(0));
        assertEquals(3, results(february));
    }

    @Test
    void theRetentionSettingTakesMonthsOrYears() {
        assertEquals(13, RetentionPeriod.parse("13").months());
        assertEquals(13, RetentionPeriod.parse(" 13 months ").months());
        assertEquals(24, RetentionPeriod.parse("2 years").months());
        assertEquals(18, RetentionPeriod.parse("P1Y6M").months());
        assertEquals("2 years", RetentionPeriod.parse("24").display());
        IllegalArgumentException wrong = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RetentionPeriod.parse("13 weeks"));
        assertTrue(wrong.getMessage().contains("FIVEWHYS_RESULT_RETENTION"), wrong.getMessage());
    }
}
