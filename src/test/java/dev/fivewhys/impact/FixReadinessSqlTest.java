package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.fivewhys.analysis.AnalysisStatus;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.failure.FailureStatus;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.project.Project;
import dev.fivewhys.project.Severity;
import dev.fivewhys.support.Fixtures;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The go/no-go rule said in SQL, which filters and orders lists, agrees with {@link GoNoGo} on every combination. */
@QuarkusTest
class FixReadinessSqlTest {

    @Test
    void sqlAndJavaAgreeOnEveryLatestAuditAndValidation() {
        List<AuditRecommendation> audits = new ArrayList<>(Arrays.asList(AuditRecommendation.values()));
        audits.add(null);
        List<Readiness> readinesses = new ArrayList<>(Arrays.asList(Readiness.values()));
        readinesses.add(null);
        long project = Fixtures.project("impact-readiness-sql").id;
        Map<Long, Boolean> expected = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            Project p = Project.findById(project);
            for (AuditRecommendation audit : audits) {
                for (Readiness readiness : readinesses) {
                    var failure = ImpactTestRecords.failure(p, audit + " " + readiness, Severity.LOW,
                            "2025-03-01T00:00:00Z", FailureStatus.OPEN);
                    Fix fix = ImpactTestRecords.fix(ImpactTestRecords.analysis(p, failure, null, AnalysisStatus.COMPLETE,
                            "2025-03-01T00:00:00Z"), "fix", FixStatus.PROPOSED, "2025-03-01T00:00:00Z");
                    // an older verdict the other way round, which the latest replaces
                    ImpactTestRecords.audit(fix, AuditRecommendation.REJECTED, "2025-03-01T01:00:00Z");
                    ImpactTestRecords.stability(fix, Readiness.GO, "2025-03-01T01:00:00Z", null);
                    if (audit != null) {
                        ImpactTestRecords.audit(fix, audit, "2025-03-02T00:00:00Z", "a condition");
                    }
                    if (readiness != null) {
                        ImpactTestRecords.stability(fix, readiness, "2025-03-02T00:00:00Z", "a note");
                    }
                    expected.put(fix.id, GoNoGo.evaluate(audit == null ? AuditRecommendation.REJECTED : audit,
                            List.of("a condition"), readiness == null ? Readiness.GO : readiness, "a note").readyToDeploy());
                }
            }
        });
        Map<Long, Boolean> sql = QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Boolean> ready = new LinkedHashMap<>();
            for (Object row : Panache.getEntityManager().createNativeQuery("select x.id, coalesce(" + FixDecisions.READY
                    + ", false) from fix x " + FixDecisions.LATEST_VERDICTS + "where x.id in (:fixes) order by x.id")
                    .setParameter("fixes", List.copyOf(expected.keySet())).getResultList()) {
                Object[] r = (Object[]) row;
                ready.put(((Number) r[0]).longValue(), (Boolean) r[1]);
            }
            return ready;
        });
        assertEquals(expected, sql);
        // two approvals, each with GO, CONDITIONAL GO, or no new validation (the older GO stands)
        assertEquals(6, expected.values().stream().filter(b -> b).count());
    }
}
