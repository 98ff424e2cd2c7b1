package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.Uploads;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Results are written with COPY's text format: every character the parser lets through comes back from the
 * database as it was in the report, over many rows and across the writer's 64 KB chunks.
 */
@QuarkusTest
class StoredTextTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    /** Written into an XML attribute: character references keep tabs and line breaks from being normalised. */
    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\t", "&#9;")
                .replace("\n", "&#10;").replace("\r", "&#13;");
    }

    @Test
    void tabsLineBreaksBackslashesUnicodeAndLongMessagesComeBackExactly() {
        long session = Fixtures.session("copy-text", "Every character").session();
        List<String[]> cases = new ArrayList<>();
        String[] tricky = { "tab\there", "line 1\nline 2\r\nline 3", "C:\\tmp\\new \\N \\. \\\\", "\\.",
                "é € 𝄞 🚀 — ✅ WebSocket 1011", "\\N", "trailing backslash \\" };
        for (int i = 0; i < 120; i++) {
            String name = "test_" + i + " " + tricky[i % tricky.length];
            // long messages of multi-byte characters, so rows cross the writer's chunks mid-character
            String message = i % 3 == 0 ? ("€🚀\\\t" + i).repeat(300) : tricky[(i + 3) % tricky.length] + " #" + i;
            cases.add(new String[] { name, message });
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>")
                .append("<testsuite name=\"suite\t\\with\ttabs\">");
        for (String[] c : cases) {
            xml.append("<testcase classname=\"a.B\" name=\"").append(attribute(c[0])).append("\">")
                    .append("<failure type=\"AssertionError\" message=\"").append(attribute(c[1]))
                    .append("\"/></testcase>\n");
        }
        xml.append("</testsuite></testsuites>");
        long run = Uploads.api(session, xml.toString()).then().statusCode(201).extract().jsonPath().getLong("runId");

        List<Object[]> rows = Uploads.rows("select name, message, suite from test_result where run_id = ?1 order by id",
                run);
        assertEquals(cases.size(), rows.size());
        for (int i = 0; i < cases.size(); i++) {
            String expectedMessage = cases.get(i)[1].length() > OpenCase.MESSAGE_LIMIT
                    ? cases.get(i)[1].substring(0, OpenCase.MESSAGE_LIMIT) + BoundedText.CUT_MARK
                    : cases.get(i)[1];
            assertEquals(cases.get(i)[0], rows.get(i)[0], "name of case " + i);
            assertEquals(expectedMessage, rows.get(i)[1], "message of case " + i);
        }
        // attribute value normalisation turns the suite name's literal tabs into spaces before the writer sees them
        assertEquals("suite \\with tabs", rows.get(0)[2]);
    }
}
