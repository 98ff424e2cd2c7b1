package dev.fivewhys.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The rows of the failures list and of a session's results page, byte for byte, for one fixed upload: their words are
 * made in Java for speed (FailureLine, SeenFailure, ResultRow), so a change there or in the templates' typing that
 * alters what people see fails here.
 */
@QuarkusTest
class ListRowsHtmlTest {

    private static final String PROJECT = "rows-html";

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void theListsRowsReadExactlyAsBefore() {
        long session = Fixtures.session(PROJECT, "Rows: pinned").session();
        Uploads.api(session, Uploads.report("tests/e2e/test_rows.py",
                new String[] { "test_checkout_total", "FAILED", "expected 42 &amp; got &lt;41&gt;" },
                new String[] { "test_health", "PASSED", null })).then().statusCode(201);
        long failureId = Uploads.number("select f.id from failure f join failure_occurrence o on o.failure_id = f.id "
                + "where o.session_id = ?1", session);
        Failure failure = QuarkusTransaction.requiringNew().call(() -> Failure.findById(failureId));
        WebClient manager = WebClient.loginAs("manager");

        String list = manager.get("/failures?project=" + PROJECT).then().statusCode(200).extract().asString();
        assertEquals("""
                <tr>
                    <td><a href="/failures/%d">AssertionError: expected 42 &amp; got &lt;41&gt;</a></td>
                    <td>Project rows-html</td>
                    <td><span class="severity severity-MEDIUM">Medium</span></td>
                    <td><span class="status status-OPEN">Open</span></td>
                    <td class="num">1</td>
                    <td class="num">1</td>
                    <td>%s</td>
                  </tr>""".formatted(failureId, TimeFormat.display(failure.lastSeenAt)),
                row(list, "<a href=\"/failures/" + failureId + "\">"));

        String results = manager.get("/sessions/" + session + "/results?status=FAILED").then().statusCode(200).extract()
                .asString();
        assertEquals(
                """
                        <tr>
                            <td><span class="status status-FAILED">FAILED</span></td>
                            <td><span class="hint">tests.e2e.Staging</span><br>test_checkout_total<br><code>tests/e2e/test_rows.py</code></td>
                            <td>e2e</td>
                            <td class="num">250 ms</td>
                            <td><a href="/failures/%d">expected 42 &amp; got &lt;41&gt;</a></td>
                          </tr>"""
                        .formatted(failureId),
                row(results, "<span class=\"status status-FAILED\">"));
        assertEquals("""
                <tr>
                    <td><a href="/failures/%d">AssertionError: expected 42 &amp; got &lt;41&gt;</a>
                      <span class="badge mark-new">new</span>
                      </td>
                    <td><span class="severity severity-MEDIUM">Medium</span></td>
                    <td><span class="status status-OPEN">Open</span></td>
                    <td class="num">1</td>
                    <td class="num">1</td>
                  </tr>""".formatted(failureId), row(results, "<td><a href=\"/failures/" + failureId + "\">AssertionError"));
    }

    /**
     * The table row holding {@code marker}, from its {@code
     *
    <tr>
     * } to its {@code
     *
    </tr>
     * }.
     */
    private static String row(String page, String marker) {
        int at = page.indexOf(marker);
        assertTrue(at >= 0, marker + " in\n" + page);
        Matcher row = Pattern.compile("(?s).*(<tr>.*)").matcher(page.substring(0, at));
        assertTrue(row.matches());
        return row.group(1) + page.substring(at, page.indexOf("</tr>", at) + "</tr>".length());
    }
}
