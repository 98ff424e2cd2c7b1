package dev.fivewhys.logbook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.analysis.Analyses;
import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisContent;
import dev.fivewhys.analysis.RootCauseCategory;
import dev.fivewhys.audit.AuditCheck;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.StabilityCheck;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixFile;
import dev.fivewhys.fix.FixTest;
import dev.fivewhys.fix.Fixes;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.logbook.ImportPlan.AnalysisValues;
import dev.fivewhys.logbook.ImportPlan.AuditValues;
import dev.fivewhys.logbook.ImportPlan.EntryValues;
import dev.fivewhys.logbook.ImportPlan.FixValues;
import dev.fivewhys.logbook.ImportPlan.LinkValues;
import dev.fivewhys.logbook.ImportPlan.PhaseValues;
import dev.fivewhys.logbook.ImportPlan.SessionValues;
import dev.fivewhys.logbook.ImportPlan.StabilityValues;
import dev.fivewhys.project.Project;
import dev.fivewhys.session.LogEntry;
import dev.fivewhys.session.SessionPhase;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.web.FormErrors;

/**
 * Creates the records of an {@link ImportPlan} in the caller's transaction. Analyses and fixes go through the services
 * the pages use, so they are checked and logged the same way; nothing here writes to GitHub or queues a sync: the
 * links found in the log are recorded as imported links only.
 */
@ApplicationScoped
public class ImportWriter {

    /** Imported GitHub links belong to the session the log was about. */
    public static final String LINK_RECORD = "session";

    @Inject
    Clock clock;
    @Inject
    Analyses analyses;
    @Inject
    Fixes fixes;

    /** The log's text as repaired, identified by its fingerprint; who imports it. */
    public record Source(String fingerprint, String repairedCharset, String actor) {
    }

    public TestSession create(ImportPlan plan, Project project, Source source) {
        Instant now = clock.instant();
        TestSession session = session(plan.session(), project, source.actor(), now);
        for (PhaseValues values : plan.phases()) {
            SessionPhase phase = session.addPhase(values.name(), values.priority(), values.description());
            values.suites().forEach(s -> phase.addSuite(s.path(), s.expectedCount(), s.description()));
        }
        plan.criteria().forEach(c -> session.addCriterion(c.text(), c.state()));
        List<LogEntry> entries = new ArrayList<>();
        for (EntryValues values : plan.entries()) {
            entries.add(session.addLogEntry(values.occurredAt(), values.title(), values.body(), null, now));
        }
        session.persistAndFlush();
        for (int i = 0; i < entries.size(); i++) {
            LogSection section = plan.entries().get(i).section();
            if (section != null) {
                LogEntrySection.mark(entries.get(i).id, section);
            }
        }

        SessionImport row = new SessionImport();
        row.session = session;
        row.fingerprint = source.fingerprint();
        row.repairedCharset = source.repairedCharset();
        row.importedBy = source.actor();
        row.importedAt = now;
        row.persist();

        plan.analyses().forEach(values -> analysis(values, session, source.actor()));
        plan.links().forEach(values -> link(values, session, now));
        return session;
    }

    private static TestSession session(SessionValues values, Project project, String actor, Instant now) {
        TestSession session = new TestSession();
        session.project = project;
        session.title = values.title();
        session.mission = values.mission();
        session.status = values.status();
        session.startedAt = values.startedAt();
        session.endedAt = values.endedAt();
        session.environment = values.environment();
        session.target = values.target();
        session.performanceTarget = values.performanceTarget();
        if (values.impact() != null) {
            session.impact.amountMinor = values.impact().amountMinor();
            session.impact.currency = values.impact().currency();
            session.impact.basis = values.impact().basis();
            session.impact.note = values.impact().note();
        }
        session.createdBy = actor;
        session.createdAt = now;
        session.updatedAt = now;
        return session;
    }

    /** Complete when the log gives what completing asks for (a problem, a why, a root cause), else a draft. */
    private void analysis(AnalysisValues values, TestSession session, String actor) {
        List<AnalysisContent.Why> whys = values.whys().stream().map(w -> new AnalysisContent.Why(w, null, null)).toList();
        RootCauseCategory category = values.category() == null ? null
                : RootCauseCategory.findByName(values.category()).orElse(null);
        AnalysisContent content = new AnalysisContent(values.problemStatement(), whys, values.rootCause(), category,
                values.fixIdentified(), values.preventionStrategy());
        Analysis analysis = analyses.start(null, session, content, values.complete(), actor, new FormErrors());
        values.fixes().forEach(fix -> fix(fix, analysis, actor));
    }

    private void fix(FixValues values, Analysis analysis, String actor) {
        Fix fix = new Fix();
        fix.summary = values.summary();
        fix.commitSha = values.commitSha();
        fix.pullRequestRepository = values.pullRequestRepository();
        fix.pullRequestNumber = values.pullRequestNumber();
        values.files().forEach(f -> {
            FixFile file = new FixFile();
            file.fix = fix;
            file.position = fix.files.size() + 1;
            file.path = f.path();
            file.lineRanges = f.lineRanges();
            fix.files.add(file);
        });
        values.tests().forEach(t -> {
            FixTest test = new FixTest();
            test.fix = fix;
            test.position = fix.tests.size() + 1;
            test.path = t.path();
            test.kind = t.kind();
            fix.tests.add(test);
        });
        fixes.record(analysis, fix, actor);
        values.audits().forEach(audit -> audit(audit, fix, actor));
        values.validations().forEach(validation -> stability(validation, fix, actor));
    }

    private void audit(AuditValues values, Fix fix, String actor) {
        Instant now = clock.instant();
        ComplianceAudit audit = new ComplianceAudit();
        audit.fix = fix;
        audit.kind = values.kind();
        audit.overrideScore = values.overrideScore();
        audit.verdict = values.verdict();
        audit.recommendation = values.recommendation();
        audit.conditions.addAll(values.conditions());
        audit.reportPath = values.reportPath();
        audit.recordedBy = actor;
        audit.recordedAt = now;
        audit.updatedAt = now;
        values.checks().forEach(c -> {
            AuditCheck check = new AuditCheck();
            check.audit = audit;
            check.position = audit.checks.size() + 1;
            check.name = c.name();
            check.score = c.score();
            check.outcome = c.outcome();
            check.note = c.note();
            audit.checks.add(check);
        });
        audit.persist();
    }

    private void stability(StabilityValues values, Fix fix, String actor) {
        Instant now = clock.instant();
        StabilityValidation validation = new StabilityValidation();
        validation.fix = fix;
        validation.riskLevel = values.risk();
        validation.readiness = values.readiness();
        validation.notes = values.notes();
        validation.recordedBy = actor;
        validation.recordedAt = now;
        validation.updatedAt = now;
        values.checks().forEach(c -> {
            StabilityCheck check = new StabilityCheck();
            check.validation = validation;
            check.position = validation.checks.size() + 1;
            check.name = c.name();
            check.outcome = c.outcome();
            check.measurement = c.measurement();
            validation.checks.add(check);
        });
        validation.persist();
    }

    private static void link(LinkValues values, TestSession session, Instant now) {
        GitHubLink link = new GitHubLink();
        link.recordKind = LINK_RECORD;
        link.recordId = session.id;
        link.linkKind = values.linkKind();
        link.repository = values.repository();
        link.number = values.number();
        link.commentId = values.commentId();
        link.url = values.url();
        link.imported = true;
        link.lastSyncedAt = now;
        link.persist();
    }
}
