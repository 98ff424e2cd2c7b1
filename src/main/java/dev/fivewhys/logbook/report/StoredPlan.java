package dev.fivewhys.logbook.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisWhy;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.logbook.ImportPlan;
import dev.fivewhys.logbook.ImportPlan.AnalysisValues;
import dev.fivewhys.logbook.ImportPlan.AuditCheckValues;
import dev.fivewhys.logbook.ImportPlan.AuditValues;
import dev.fivewhys.logbook.ImportPlan.CriterionValues;
import dev.fivewhys.logbook.ImportPlan.EntryValues;
import dev.fivewhys.logbook.ImportPlan.FileValues;
import dev.fivewhys.logbook.ImportPlan.FixValues;
import dev.fivewhys.logbook.ImportPlan.Impact;
import dev.fivewhys.logbook.ImportPlan.LinkValues;
import dev.fivewhys.logbook.ImportPlan.PhaseValues;
import dev.fivewhys.logbook.ImportPlan.SessionValues;
import dev.fivewhys.logbook.ImportPlan.StabilityCheckValues;
import dev.fivewhys.logbook.ImportPlan.StabilityValues;
import dev.fivewhys.logbook.ImportPlan.SuiteValues;
import dev.fivewhys.logbook.ImportPlan.TestValues;
import dev.fivewhys.logbook.ImportWriter;
import dev.fivewhys.logbook.LogEntrySection;
import dev.fivewhys.logbook.LogSection;
import dev.fivewhys.session.BusinessImpact;
import dev.fivewhys.session.TestSession;

/** A stored session and its records as {@link ImportPlan} values, oldest record first. Reads in the caller's transaction. */
public final class StoredPlan {

    private StoredPlan() {
    }

    public static ImportPlan of(TestSession session) {
        BusinessImpact impact = session.impact;
        SessionValues values = new SessionValues(session.title, session.mission, session.status, session.startedAt,
                session.endedAt, session.environment, session.target, session.performanceTarget,
                impact.isPresent() ? new Impact(impact.amountMinor, impact.currency, impact.basis, impact.note) : null);
        List<PhaseValues> phases = session.phases.stream().map(p -> new PhaseValues(p.name, p.priority, p.description,
                p.suites.stream().map(s -> new SuiteValues(s.path, s.expectedCount, s.description)).toList())).toList();
        List<CriterionValues> criteria = session.criteria.stream().map(c -> new CriterionValues(c.text, c.state)).toList();
        Map<Long, LogSection> sections = LogEntrySection.ofSession(session);
        List<EntryValues> entries = session.timeline.stream()
                .map(e -> new EntryValues(e.occurredAt, e.title, e.body, sections.get(e.id))).toList();
        List<Analysis> analyses = new ArrayList<>(Analysis.listForSession(session));
        analyses.sort(Comparator.comparing((Analysis a) -> a.createdAt).thenComparing(a -> a.id));
        List<LinkValues> links = GitHubLink.listFor(ImportWriter.LINK_RECORD, session.id).stream()
                .map(l -> new LinkValues(l.linkKind, l.repository, l.number, l.commentId, l.url)).toList();
        return new ImportPlan(values, phases, criteria, entries, analyses.stream().map(StoredPlan::analysis).toList(),
                links, List.of());
    }

    private static AnalysisValues analysis(Analysis analysis) {
        return new AnalysisValues(analysis.problemStatement, analysis.whys.stream().map((AnalysisWhy w) -> w.answer).toList(),
                analysis.rootCause, analysis.category == null ? null : analysis.category.name.toLowerCase(Locale.ROOT),
                analysis.fixIdentified, analysis.preventionStrategy, analysis.createdAt,
                Fix.listForAnalysis(analysis).stream().map(StoredPlan::fix).toList());
    }

    private static FixValues fix(Fix fix) {
        List<ComplianceAudit> audits = new ArrayList<>(ComplianceAudit.listForFix(fix));
        List<StabilityValidation> validations = new ArrayList<>(StabilityValidation.listForFix(fix));
        // The fix's lists put the latest first, for go/no-go; a log reads oldest first.
        audits.sort(Comparator.comparing((ComplianceAudit a) -> a.recordedAt).thenComparing(a -> a.id));
        validations.sort(Comparator.comparing((StabilityValidation v) -> v.recordedAt).thenComparing(v -> v.id));
        return new FixValues(fix.summary, fix.files.stream().map(f -> new FileValues(f.path, f.lineRanges)).toList(),
                fix.commitSha, fix.pullRequestRepository, fix.pullRequestNumber,
                fix.tests.stream().map(t -> new TestValues(t.path, t.kind)).toList(), fix.recordedAt,
                audits.stream().map(StoredPlan::audit).toList(), validations.stream().map(StoredPlan::stability).toList());
    }

    private static AuditValues audit(ComplianceAudit audit) {
        return new AuditValues(audit.kind, audit.checks.stream()
                .map(c -> new AuditCheckValues(c.name, c.score, c.outcome, c.note)).toList(), audit.overrideScore,
                audit.verdict, audit.recommendation, List.copyOf(audit.conditions), audit.reportPath, audit.recordedAt);
    }

    private static StabilityValues stability(StabilityValidation validation) {
        return new StabilityValues(validation.checks.stream()
                .map(c -> new StabilityCheckValues(c.name, c.outcome, c.measurement)).toList(), validation.riskLevel,
                validation.readiness, validation.notes, validation.recordedAt);
    }
}
