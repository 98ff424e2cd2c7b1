package dev.fivewhys.logbook;

import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.audit.AuditCheck;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.StabilityCheck;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.session.LogEntry;
import dev.fivewhys.session.PhaseSuite;
import dev.fivewhys.session.SessionPhase;
import dev.fivewhys.session.SuccessCriterion;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.web.TimeFormat;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Everything a session's records say, as one text: its fields, plan, timeline, analyses, fixes, audits, stability
 * validations and GitHub links. What an import kept of a log must be found here.
 */
final class StoredText {

    private StoredText() {
    }

    static String of(long sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TestSession session = TestSession.findById(sessionId);
            // Fields under the labels a log gives them; the timeline is the session log.
            List<Object> parts = new ArrayList<>(List.of(session.title, "Current Status: " + session.status,
                    "Session Started: " + TimeFormat.display(session.startedAt), "SESSION LOG"));
            parts.add("Mission: " + session.mission);
            parts.add(session.environment);
            parts.add(session.target);
            parts.add(session.performanceTarget);
            parts.add(session.impact.display());
            parts.add(session.impact.note);
            for (SessionPhase phase : session.phases) {
                parts.add("Phase " + phase.position + ": " + phase.name);
                parts.add(phase.priority);
                parts.add(phase.description);
                for (PhaseSuite suite : phase.suites) {
                    parts.add(suite.path);
                    parts.add(suite.description);
                    parts.add(suite.expectedCount == null ? null : suite.expectedCount + " tests");
                }
            }
            session.criteria.stream().map((SuccessCriterion c) -> c.text).forEach(parts::add);
            for (LogEntry entry : session.timeline) {
                parts.add(TimeFormat.display(entry.occurredAt));
                parts.add(entry.title);
                parts.add(entry.body);
            }
            for (Analysis analysis : Analysis.listForSession(session)) {
                parts.add(analysis.problemStatement);
                analysis.whys.forEach(w -> parts.add("Why #" + w.position + ": " + w.answer));
                parts.add(analysis.rootCause);
                parts.add(analysis.fixIdentified);
                parts.add(analysis.preventionStrategy);
                for (Fix fix : Fix.listForAnalysis(analysis)) {
                    parts.add(fix.summary);
                    fix.files.forEach(f -> parts.add(f.path + " (lines " + f.lineRanges + ")"));
                    fix.tests.forEach(t -> parts.add(t.path + " - " + t.kind));
                    parts.add(fix.commitSha);
                    parts.add(fix.pullRequestNumber == null ? null : "PR #" + fix.pullRequestNumber);
                    for (ComplianceAudit audit : ComplianceAudit.listForFix(fix)) {
                        parts.add(audit.kind + " " + audit.score() + " " + audit.recommendation.label);
                        parts.add(audit.verdict);
                        parts.add(audit.reportPath);
                        audit.conditions.forEach(parts::add);
                        for (AuditCheck check : audit.checks) {
                            parts.add(check.name + ": " + check.note + (check.score == null ? "" : " (" + check.score + "%)"));
                        }
                    }
                    for (StabilityValidation validation : StabilityValidation.listForFix(fix)) {
                        parts.add(validation.riskLevel.label + " RISK " + validation.readiness.label);
                        parts.add(validation.notes);
                        for (StabilityCheck check : validation.checks) {
                            parts.add(check.name + ": " + check.measurement);
                        }
                    }
                }
            }
            GitHubLink.listFor(ImportWriter.LINK_RECORD, session.id).forEach(l -> parts.add(l.url));
            StringBuilder text = new StringBuilder();
            parts.stream().filter(p -> p != null).forEach(p -> text.append(p).append('\n'));
            return text.toString();
        });
    }
}
