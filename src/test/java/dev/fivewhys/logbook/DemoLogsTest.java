package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

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
    void demoLogsAreTheSeedsByteForByte() throws NoSuchAlgorithmException {
        assertEquals(Seeds.SHA_256.keySet(), DemoLogs.LOGS.stream().map(l -> l.substring("demo/".length()))
                .collect(Collectors.toSet()));
        for (String name : Seeds.SHA_256.keySet()) {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Seeds.bytes(name));
            assertEquals(Seeds.SHA_256.get(name), HexFormat.of().formatHex(hash), name);
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
