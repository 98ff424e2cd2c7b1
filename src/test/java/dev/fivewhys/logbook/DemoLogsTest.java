package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.project.Project;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Dev mode's demo data is the two seed logs, imported once each, with each analysis and fix once. */
@QuarkusTest
class DemoLogsTest {

    @Inject
    DemoLogs demo;

    @Test
    void demoLogsAreTheSeedsByteForByte() throws IOException {
        for (String name : DemoLogs.LOGS) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                assertArrayEquals(Files.readAllBytes(Path.of("..", "shared", "seeds", name.substring("demo/".length()))),
                        in.readAllBytes(), name);
            }
        }
    }

    @Test
    void demoImportsEachLogOnceWithItsRecords() {
        LogImports.forgetImports();
        long project = Fixtures.project("demo-logs").id;
        QuarkusTransaction.requiringNew().run(() -> demo.load(Project.findById(project)));
        QuarkusTransaction.requiringNew().run(() -> demo.load(Project.findById(project))); // a restart imports nothing

        QuarkusTransaction.requiringNew().run(() -> {
            List<TestSession> sessions = TestSession.list("project.id = ?1 order by startedAt", project);
            assertEquals(List.of("ULTIMATE TEST DEPLOY LOOP: Comprehensive Night Validation - 20250909",
                    "ULTIMATE TEST DEPLOY LOOP: Golden Path P0 Continuation - 20250910"),
                    sessions.stream().map(s -> s.title).toList());
            for (TestSession session : sessions) {
                List<Analysis> analyses = Analysis.listForSession(session);
                assertEquals(1, analyses.size(), session.title);
                List<Fix> fixes = Fix.listForAnalysis(analyses.get(0));
                assertEquals(1, fixes.size(), session.title);
                assertEquals(1, ComplianceAudit.listForFix(fixes.get(0)).size(), session.title);
                assertEquals(1, StabilityValidation.listForFix(fixes.get(0)).size(), session.title);
            }
        });
    }
}
