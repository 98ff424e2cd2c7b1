package dev.fivewhys.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Api;
import dev.fivewhys.support.CountingDriver;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The main pages execute as much SQL with a little data as with more of it, counted at the driver (Hibernate's and
 * plain JDBC's alike: {@link CountingDriver}): a page whose count grows with its rows loads them one by one (N+1). Each page is
 * counted on one project and one session, then again after they
 * gained sessions, runs, failures, analyses, fixes, audits and stability validations.
 */
@QuarkusTest
class PageQueriesTest {

    private static final String PROJECT = "page-queries";

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void theMainPagesSendTheSameStatementsWhateverTheirData() {
        long session = Fixtures.session(PROJECT, "Counted session").session();
        grow(session, 0, 1);
        Map<String, String> pages = pages(session);
        WebClient manager = WebClient.loginAs("manager");
        Map<String, List<String>> small = count(manager, pages);

        grow(session, 1, 6);
        for (int i = 0; i < 4; i++) {
            grow(Fixtures.session(PROJECT, "Another session " + i).session(), 10 + i * 3, 3);
        }
        Map<String, List<String>> large = count(manager, pages);

        List<String> grew = new ArrayList<>();
        for (String page : pages.keySet()) {
            if (small.get(page).size() != large.get(page).size()) {
                grew.add(page + " sent " + small.get(page).size() + " SQL executions with little data and "
                        + large.get(page).size() + " with more:\n" + String.join("\n", large.get(page)));
            }
        }
        assertEquals(List.of(), grew);
        Map<String, Integer> sent = new LinkedHashMap<>();
        MOST.keySet().forEach(page -> sent.put(page, large.get(page).size()));
        assertEquals(MOST, sent, "SQL executions per page: fewer is progress (lower the figure), more is a regression");
    }

    /**
     * How many times each page executes SQL now with the larger data, its login included (the impact page, whose count
     * also depends on what other tests left in the database, only must not grow); statements sent together count once.
     * Lowered by issue 16 as the pages' reads became one round trip each: the failures list to the login and its list
     * (page, flags, count and projects: FailureList), the results page to the login, its sheet (heading, runs, suites,
     * failures seen, last removal: ResultSheet) and its results, a session to the login and its sheet with what other
     * features show on it, its story's analyses and reopened failures included (SessionSheet, SheetPart). The sessions
     * API from 16 with one session and 44 with five (each go/no-go read as kept, plans one query per list).
     */
    private static final Map<String, Integer> MOST = Map.of("failures", 2, "sessions", 4, "session", 2,
            "results", 3, "analyses", 3, "sessions API", 9);

    private static Map<String, String> pages(long session) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("impact", "/impact");
        pages.put("failures", "/failures");
        pages.put("sessions", "/sessions");
        pages.put("session", "/sessions/" + session);
        pages.put("results", "/sessions/" + session + "/results");
        pages.put("analyses", "/analyses");
        // the sessions API lists every session with its go/no-go, read as kept, not decided again per session
        pages.put("sessions API", API + "/api/sessions?project=" + PROJECT + "&size=200");
        return pages;
    }

    private static final String API = "api:";

    /** Each page twice; the fewer counts (a login's "last seen" is written at most once a minute, on any page). */
    private static Map<String, List<String>> count(WebClient client, Map<String, String> pages) {
        Map<String, List<String>> counts = new LinkedHashMap<>();
        pages.forEach((name, path) -> {
            List<String> best = null;
            for (int i = 0; i < 2; i++) {
                List<String> seen = CountingDriver.during(() -> (path.startsWith(API)
                        ? Api.as("manager").get(path.substring(API.length()))
                        : client.get(path)).then().statusCode(200));
                if (best == null || seen.size() < best.size()) {
                    best = seen;
                }
            }
            counts.put(name, best);
        });
        return counts;
    }

    /** {@code failures} new failing tests in one upload, each failure analysed, fixed, audited and validated. */
    private static void grow(long session, int from, int failures) {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] { "test_health", "PASSED" });
        String[] words = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
                "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform",
                "victor" };
        for (int i = from; i < from + failures; i++) {
            cases.add(new String[] { "test_" + words[i], "FAILED", "the " + words[i] + " service refused us" });
        }
        Uploads.api(session, Uploads.report("tests/e2e/staging/test_counted.py", cases.toArray(String[][]::new)))
                .then().statusCode(201);
        for (Object id : Uploads.rows("select f.id, f.signature from failure f join failure_occurrence o on "
                + "o.failure_id = f.id where o.session_id = ?1 and not exists (select 1 from analysis a where "
                + "a.failure_id = f.id)", session).stream().map(row -> row[0]).toList()) {
            long analysis = Api.engineer().body(Map.of("failureId", id, "problemStatement", "It broke", "whys",
                    List.of(Map.of("answer", "Because")), "rootCause", "A cause", "status", "COMPLETE"))
                    .post("/api/analyses").then().statusCode(201).extract().jsonPath().getLong("id");
            long fix = Api.engineer().body(Map.of("analysisId", analysis, "summary", "Fixed it")).post("/api/fixes")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            Api.engineer().body(Map.of("fixId", fix, "kind", "SSOT", "recommendation", "APPROVED", "checks",
                    List.of(Map.of("name", "Import Validation", "score", 100, "outcome", "PASS")))).post("/api/audits")
                    .then().statusCode(201);
            Api.engineer().body(Map.of("fixId", fix, "riskLevel", "LOW", "readiness", "GO"))
                    .post("/api/stability-validations").then().statusCode(201);
        }
    }
}
