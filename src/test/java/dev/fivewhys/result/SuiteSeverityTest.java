package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.fivewhys.project.Severity;
import dev.fivewhys.session.TestSession;

/** A failing result takes the priority of the planned phase its file or class belongs to. */
class SuiteSeverityTest {

    private static SuiteSeverity plan() {
        TestSession session = new TestSession();
        session.addPhase("Golden path", "P0", null).addSuite("tests/e2e/staging/test_priority1_critical_REAL.py", 25,
                null);
        session.addPhase("Integration", "P2", null).addSuite("src/test/java/com/acme/ws/SocketIT.java", null, null);
        session.addPhase("Everything else", "P3", null).addSuite("tests/e2e/", null, null);
        return SuiteSeverity.of(session);
    }

    @Test
    void matchesFilesBySuffixWhateverTheirRoot() {
        SuiteSeverity severity = plan();
        assertEquals(Severity.CRITICAL, severity.of("tests/e2e/staging/test_priority1_critical_REAL.py", null));
        assertEquals(Severity.CRITICAL,
                severity.of("/home/runner/work/app/app/tests/e2e/staging/test_priority1_critical_REAL.py", null));
        assertEquals(Severity.CRITICAL, severity.of(".\\tests\\e2e\\staging\\test_priority1_critical_REAL.py", null));
        assertEquals(Severity.MEDIUM, severity.of("tests/unit/test_priority1_critical_REAL_helpers.py", null));
    }

    @Test
    void matchesDottedClassNames() {
        SuiteSeverity severity = plan();
        assertEquals(Severity.CRITICAL,
                severity.of(null, "tests.e2e.staging.test_priority1_critical_REAL.TestWebSocket"));
        assertEquals(Severity.MEDIUM, severity.of(null, "com.acme.ws.SocketIT"), "P2 is medium");
        assertEquals(Severity.MEDIUM, severity.of(null, "com.acme.ws.Other"), "no planned suite");
    }

    @Test
    void aPlannedFolderTakesItsFilesAndTheWorstPhaseWins() {
        SuiteSeverity severity = plan();
        assertEquals(Severity.LOW, severity.of("tests/e2e/test_search.py", null));
        // in both the P0 file and the P3 folder: the worse counts
        assertEquals(Severity.CRITICAL, severity.of("tests/e2e/staging/test_priority1_critical_REAL.py", null));
    }
}
