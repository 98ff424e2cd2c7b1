package dev.fivewhys.support;

import static io.restassured.RestAssured.given;

import java.util.List;

import dev.fivewhys.history.TestHistoryQueue;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/** Uploads reports the way CI does (the API, HTTP Basic as an engineer), and looks at what was stored. */
public final class Uploads {

    private Uploads() {
    }

    public static Response api(long sessionId, byte[] report) {
        return api(sessionId, report, "engineer");
    }

    public static Response api(long sessionId, byte[] report, String username) {
        return given().auth().preemptive().basic(username, username + Fixtures.PASSWORD_SUFFIX)
                .contentType("application/xml").body(report).post("/api/sessions/" + sessionId + "/results");
    }

    public static Response api(long sessionId, String report) {
        return api(sessionId, report.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Brings every test history up to date now, with the code the worker runs after each upload: tests read test_case
     * after this instead of waiting for the worker.
     */
    public static int historiesCaughtUp() {
        return Arc.container().instance(TestHistoryQueue.class).get().drainNow();
    }

    /** Rows in a table: what an upload left behind. */
    public static long count(String table) {
        return number("select count(*) from " + table);
    }

    public static long number(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Panache.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    public static int execute(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Panache.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.executeUpdate();
        });
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Panache.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return (List<Object[]>) query.getResultList();
        });
    }

    /** A report with one suite; each case is {name, status, message} with status PASSED, FAILED or ERRORED. */
    public static String report(String file, String[]... cases) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n")
                .append("<testsuite name=\"e2e\" file=\"").append(file).append("\">\n");
        for (String[] c : cases) {
            xml.append("<testcase classname=\"tests.e2e.Staging\" name=\"").append(c[0]).append("\" time=\"0.250\"");
            switch (c[1]) {
                case "PASSED" -> xml.append("/>\n");
                case "FAILED" -> xml.append("><failure type=\"AssertionError\" message=\"").append(c[2])
                        .append("\">Traceback\n  at tests/e2e/staging.py:12</failure></testcase>\n");
                case "ERRORED" -> xml.append("><error type=\"websockets.exceptions.ConnectionClosedError\" message=\"")
                        .append(c[2]).append("\">Traceback\n  at app/ws.py:88</error></testcase>\n");
                default -> throw new IllegalArgumentException(c[1]);
            }
        }
        return xml.append("</testsuite>\n</testsuites>\n").toString();
    }
}
