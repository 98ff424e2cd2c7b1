package dev.fivewhys.result;

import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.project.Severity;
import dev.fivewhys.session.PhaseSuite;
import dev.fivewhys.session.SessionPhase;
import dev.fivewhys.session.TestSession;

/**
 * How bad a failing result is, from the plan of its session: the priority of the phase whose suite it
 * belongs to ("Phase 1 (P0): tests/e2e/staging/test_priority1_critical_REAL.py" makes its failures
 * critical). Reports write paths relative to different roots (absolute on the CI runner, relative in
 * the plan), so paths match by suffix; pytest and Java write a dotted class name instead of a file.
 */
final class SuiteSeverity {

    private record PlannedSuite(String path, String dotted, Severity severity) {
    }

    private final List<PlannedSuite> suites;

    private SuiteSeverity(List<PlannedSuite> suites) {
        this.suites = suites;
    }

    static SuiteSeverity of(TestSession session) {
        List<PlannedSuite> suites = new ArrayList<>();
        for (SessionPhase phase : session.phases) {
            Severity severity = Severity.fromPriority(phase.priority);
            for (PhaseSuite suite : phase.suites) {
                String path = normalize(suite.path);
                if (!path.isEmpty()) {
                    suites.add(new PlannedSuite(path, dotted(path), severity));
                }
            }
        }
        return new SuiteSeverity(List.copyOf(suites));
    }

    /** The worst priority among the planned suites the result belongs to; medium when none. */
    Severity of(String file, String className) {
        Severity worst = null;
        String path = file == null ? null : normalize(file);
        for (PlannedSuite suite : suites) {
            if ((worst == null || suite.severity().isWorseThan(worst)) && matches(suite, path, className)) {
                worst = suite.severity();
            }
        }
        return worst == null ? Severity.MEDIUM : worst;
    }

    private static boolean matches(PlannedSuite suite, String path, String className) {
        if (path != null && !path.isEmpty() && (path.equals(suite.path()) || path.endsWith("/" + suite.path())
                || suite.path().endsWith("/" + path)
                // a planned folder takes in the files below it
                || path.startsWith(suite.path() + "/") || path.contains("/" + suite.path() + "/"))) {
            return true;
        }
        // tests/e2e/test_ws.py ~ "tests.e2e.test_ws.TestClass"; src/test/java/a/BTest.java ~ "a.BTest"
        return className != null && !className.isEmpty() && (className.equals(suite.dotted())
                || className.startsWith(suite.dotted() + ".") || suite.dotted().endsWith("." + className));
    }

    private static String normalize(String path) {
        String p = path.strip().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String dotted(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return (dot > slash ? path.substring(0, dot) : path).replace('/', '.');
    }
}
