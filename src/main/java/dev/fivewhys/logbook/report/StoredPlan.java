package dev.fivewhys.logbook.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.analysis.AnalysisContent;
import dev.fivewhys.audit.AuditContent;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.StabilityContent;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixContent;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.logbook.ImportPlan;
import dev.fivewhys.logbook.ImportPlan.AnalysisPlan;
import dev.fivewhys.logbook.ImportPlan.Dated;
import dev.fivewhys.logbook.ImportPlan.EntryValues;
import dev.fivewhys.logbook.ImportPlan.FixPlan;
import dev.fivewhys.logbook.ImportPlan.LinkValues;
import dev.fivewhys.logbook.ImportWriter;
import dev.fivewhys.logbook.LogEntrySection;
import dev.fivewhys.logbook.LogSection;
import dev.fivewhys.session.CriterionContent;
import dev.fivewhys.session.PhaseContent;
import dev.fivewhys.session.SessionContent;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.story.SessionStory;

/** A stored session and its records as an {@link ImportPlan}, oldest record first. Reads in the caller's transaction. */
public final class StoredPlan {

    private StoredPlan() {
    }

    public static ImportPlan of(TestSession session) {
        return of(session, SessionStory.of(session));
    }

    /** With the analyses of the failures seen in the session as well as those started from it. */
    public static ImportPlan of(TestSession session, SessionStory story) {
        Map<Long, LogSection> sections = LogEntrySection.ofSession(session);
        // what the app wrote is told again from the records themselves
        List<EntryValues> entries = session.timeline.stream().filter(e -> !e.writtenByApp)
                .map(e -> new EntryValues(e.occurredAt, e.title, e.body, sections.get(e.id))).toList();
        // the story tells its analyses as a few columns; the plan writes them whole
        List<Long> ids = story.allAnalyses().stream().map(a -> a.analysis().id()).distinct().toList();
        List<Analysis> analyses = new ArrayList<>(ids.isEmpty() ? List.of() : Analysis.<Analysis> list("id in ?1", ids));
        analyses.sort(Comparator.comparing((Analysis a) -> a.createdAt).thenComparing(a -> a.id));
        List<LinkValues> links = GitHubLink.listFor(ImportWriter.LINK_RECORD, session.id).stream()
                .map(l -> new LinkValues(l.linkKind, l.repository, l.number, l.commentId, l.url)).toList();
        return new ImportPlan(SessionContent.of(session), session.phases.stream().map(PhaseContent::of).toList(),
                session.criteria.stream().map(CriterionContent::of).toList(), entries,
                analyses.stream().map(StoredPlan::analysis).toList(), links, List.of(), List.of());
    }

    private static AnalysisPlan analysis(Analysis analysis) {
        return new AnalysisPlan(AnalysisContent.of(analysis), analysis.createdAt,
                Fix.listForAnalysis(analysis).stream().map(StoredPlan::fix).toList());
    }

    private static FixPlan fix(Fix fix) {
        List<ComplianceAudit> audits = new ArrayList<>(ComplianceAudit.listForFix(fix));
        List<StabilityValidation> validations = new ArrayList<>(StabilityValidation.listForFix(fix));
        // The fix's lists put the latest first, for go/no-go; a log reads oldest first.
        audits.sort(Comparator.comparing((ComplianceAudit a) -> a.recordedAt).thenComparing(a -> a.id));
        validations.sort(Comparator.comparing((StabilityValidation v) -> v.recordedAt).thenComparing(v -> v.id));
        return new FixPlan(FixContent.of(fix), fix.recordedAt,
                audits.stream().map(a -> new Dated<>(AuditContent.of(a), a.recordedAt)).toList(),
                validations.stream().map(v -> new Dated<>(StabilityContent.of(v), v.recordedAt)).toList(), fix.status);
    }
}
