package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.followup.FollowUp;
import dev.fivewhys.followup.FollowUpStatus;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.support.Fixtures;
import dev.fivewhys.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A log whose analysis lists prevention steps imports them as open follow-ups of that analysis. */
@QuarkusTest
class ImportedPreventionTest {

    @BeforeAll
    static void users() {
        Fixtures.standardUsers();
    }

    @Test
    void eachPreventionStepOfAnImportedAnalysisBecomesAnOpenFollowUp() {
        String log = """
                # ULTIMATE TEST DEPLOY LOOP - Prevention steps imported

                ### 2025-09-10 FIVE WHYS ANALYSIS COMPLETED
                ✅ **Root Cause Analysis**: SSOT database consolidation broke WebSocket import dependencies
                ✅ **Why #1**: Function moved during database_manager SSOT consolidation
                ✅ **Prevention Strategy**: Implement cross-module dependency tracking and validation
                """;
        long project = Fixtures.project("imported-prevention").id;
        long session = LogImports.importLog(WebClient.loginAs("engineer"), project, "prevention.md", log);

        List<String> titles = QuarkusTransaction.requiringNew().call(() -> {
            Analysis analysis = Analysis.listForSession(TestSession.findById(session)).get(0);
            List<FollowUp> followUps = FollowUp.listForAnalysis(analysis);
            followUps.forEach(f -> assertEquals(FollowUpStatus.OPEN, f.status));
            return followUps.stream().map(f -> f.title + " by " + f.createdBy).toList();
        });
        assertEquals(List.of("Implement cross-module dependency tracking and validation by engineer"), titles);
    }
}
