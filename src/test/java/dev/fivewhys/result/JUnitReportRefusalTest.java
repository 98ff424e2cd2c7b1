package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Hostile and broken uploads: refused quickly, with a message the uploader can act on. */
class JUnitReportRefusalTest {

    private static ReportRejectedException refused(String xml) {
        return assertThrows(ReportRejectedException.class, () -> ParsedReport.of(xml));
    }

    @Test
    void refusesExternalEntityWithoutReadingTheFile() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE testsuites [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <testsuites><testsuite name="&xxe;"><testcase name="t"/></testsuite></testsuites>
                """;
        ReportRejectedException e = refused(xxe);
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains("root:"), "nothing of /etc/passwd leaks");
        assertEquals(2, e.line());
    }

    @Test
    void refusesBillionLaughsAtOnce() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10))
                    .append("\">\n");
        }
        xml.append("]>\n<testsuites><testsuite name=\"&lol9;\"/></testsuites>\n");
        ReportRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(xml.toString()));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void refusesAnyDoctypeEvenHarmless() {
        assertTrue(refused("<!DOCTYPE testsuites SYSTEM \"http://example.com/junit.dtd\"><testsuites/>")
                .getMessage().contains("DOCTYPE"));
        assertTrue(refused("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")
                .getMessage().startsWith("This is an HTML page"));
    }

    @Test
    void refusesUndeclaredEntityWithoutDoctype() {
        ReportRejectedException e = refused("<testsuites>\n<testsuite name=\"&boom;\"/>\n</testsuites>");
        assertTrue(e.getMessage().startsWith("The report is not well-formed XML"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void refusesWhatIsNotXml() {
        assertTrue(refused("{\"tests\": 3}").getMessage().startsWith("This is not an XML file"));
        assertTrue(refused("PASSED tests/test_a.py::test_x\n").getMessage().startsWith("This is not an XML file"));
        ReportRejectedException empty = refused("");
        assertEquals("The report is empty.", empty.getMessage());
        assertEquals(-1, empty.line());
    }

    @Test
    void refusesCutOffReportNamingTheLine() {
        String cut = "<testsuites>\n<testsuite name=\"s\">\n<testcase name=\"a\"/>\n<testcase name=\"b\"><failure message=\"x";
        ReportRejectedException e = refused(cut);
        assertTrue(e.getMessage().startsWith("The report is cut off"), e.getMessage());
        assertEquals(4, e.line());
        ReportRejectedException unclosed = refused("<testsuites>\r\n<testsuite name=\"s\">\r\n</testsuite>\r\n");
        assertTrue(unclosed.getMessage().startsWith("The report is cut off"), unclosed.getMessage());
    }

    @Test
    void refusesMalformedMiddleAsMalformedNotCutOff() {
        String bad = "<testsuites>\n<testsuite name=\"s\">\n<testcase name=\"a\"></testsuite>\n</testsuites>\n"
                + "<!-- padding -->\n".repeat(3);
        ReportRejectedException e = refused(bad);
        assertTrue(e.getMessage().startsWith("The report is not well-formed XML"), e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void refusesReportsJoinedIntoOneFile() {
        String joined = "<?xml version=\"1.0\"?>\n<testsuite name=\"a\"/>\n<?xml version=\"1.0\"?>\n<testsuite name=\"b\"/>";
        assertTrue(refused(joined).getMessage().contains("several reports joined"));
    }

    @Test
    void refusesOtherFormatsByName() {
        assertTrue(refused("<assemblies><assembly/></assemblies>").getMessage().contains("xUnit.net"));
        assertTrue(refused("<TestRun xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\"/>")
                .getMessage().contains("TRX"));
        assertTrue(refused("<results><test/></results>").getMessage()
                .startsWith("This is not a JUnit report: it starts with <results>"));
    }

    @Test
    void refusesAbsurdNesting() {
        String deep = "<testsuites>" + "<testsuite>".repeat(1000) + "</testsuite>".repeat(1000) + "</testsuites>";
        assertTrue(refused(deep).getMessage().contains("levels deep"));
    }

    @Test
    void aDroppedUploadIsAnIoErrorNotBadXml() {
        InputStream failing = new InputStream() {
            private final byte[] start = "<testsuites><testsuite name=\"s\">".getBytes(StandardCharsets.UTF_8);
            private int next;

            @Override
            public int read() throws IOException {
                if (next < start.length) {
                    return start[next++];
                }
                throw new IOException("connection reset");
            }
        };
        assertThrows(UncheckedIOException.class, () -> ParsedReport.of(failing));
    }
}
