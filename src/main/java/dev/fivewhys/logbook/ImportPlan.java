package dev.fivewhys.logbook;

import java.time.Instant;
import java.util.List;

import dev.fivewhys.analysis.CompletionCheck;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;
import dev.fivewhys.session.CriterionState;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionStatus;

/**
 * The records of a session as plain values. A parsed log gives one ({@link LogPlanner}: what an import creates) and so
 * do stored records ({@link StoredPlan}): the report compares the two to see what its text already says, and tests
 * compare an import with the import of its report. Times of records ({@code at}) are when they were written down and
 * take no part in {@code content()} comparisons; statuses are not part of a log and are left out.
 *
 * @param notes what an import leaves out or assumes, in words for the preview; empty for stored records
 */
public record ImportPlan(SessionValues session, List<PhaseValues> phases, List<CriterionValues> criteria,
        List<EntryValues> entries, List<AnalysisValues> analyses, List<LinkValues> links, List<String> notes) {

    public ImportPlan {
        phases = List.copyOf(phases);
        criteria = List.copyOf(criteria);
        entries = List.copyOf(entries);
        analyses = List.copyOf(analyses);
        links = List.copyOf(links);
        notes = List.copyOf(notes);
    }

    public record SessionValues(String title, String mission, SessionStatus status, Instant startedAt, Instant endedAt,
            String environment, String target, String performanceTarget, Impact impact) {
    }

    /** Business impact in minor units; basis and note may be null. */
    public record Impact(long amountMinor, String currency, ImpactBasis basis, String note) {
    }

    public record PhaseValues(String name, String priority, String description, List<SuiteValues> suites) {
        public PhaseValues {
            suites = List.copyOf(suites);
        }
    }

    public record SuiteValues(String path, Integer expectedCount, String description) {
    }

    public record CriterionValues(String text, CriterionState state) {
    }

    /** A timeline entry; {@code section} is null for an entry of the log's timeline, else the part it keeps. */
    public record EntryValues(Instant occurredAt, String title, String body, LogSection section) {
    }

    /** @param category the root-cause category's name in lower case, or null */
    public record AnalysisValues(String problemStatement, List<String> whys, String rootCause, String category,
            String fixIdentified, String preventionStrategy, Instant at, List<FixValues> fixes) {
        public AnalysisValues {
            whys = List.copyOf(whys);
            fixes = List.copyOf(fixes);
        }

        /** Whether it has what completing an analysis asks for; an import records it complete then, else as a draft. */
        public boolean complete() {
            return CompletionCheck.canComplete(problemStatement, whys, rootCause);
        }

        /** What the log says of the analysis itself, without its fixes or time. */
        public AnalysisValues content() {
            return new AnalysisValues(problemStatement, whys, rootCause, category, fixIdentified, preventionStrategy,
                    null, List.of());
        }
    }

    public record FixValues(String summary, List<FileValues> files, String commitSha, String pullRequestRepository,
            Integer pullRequestNumber, List<TestValues> tests, Instant at, List<AuditValues> audits,
            List<StabilityValues> validations) {
        public FixValues {
            files = List.copyOf(files);
            tests = List.copyOf(tests);
            audits = List.copyOf(audits);
            validations = List.copyOf(validations);
        }

        public FixValues content() {
            return new FixValues(summary, files, commitSha, pullRequestRepository, pullRequestNumber, tests, null,
                    List.of(), List.of());
        }
    }

    /** @param lineRanges canonical {@link dev.fivewhys.fix.LineRanges} text, empty when the lines are not known */
    public record FileValues(String path, String lineRanges) {
    }

    public record TestValues(String path, String kind) {
    }

    public record AuditValues(String kind, List<AuditCheckValues> checks, Integer overrideScore, String verdict,
            AuditRecommendation recommendation, List<String> conditions, String reportPath, Instant at) {
        public AuditValues {
            checks = List.copyOf(checks);
            conditions = List.copyOf(conditions);
        }

        public AuditValues content() {
            return new AuditValues(kind, checks, overrideScore, verdict, recommendation, conditions, reportPath, null);
        }
    }

    public record AuditCheckValues(String name, Integer score, CheckOutcome outcome, String note) {
    }

    public record StabilityValues(List<StabilityCheckValues> checks, RiskLevel risk, Readiness readiness, String notes,
            Instant at) {
        public StabilityValues {
            checks = List.copyOf(checks);
        }

        public StabilityValues content() {
            return new StabilityValues(checks, risk, readiness, notes, null);
        }
    }

    public record StabilityCheckValues(String name, CheckOutcome outcome, String measurement) {
    }

    /** An issue, pull request or comment on GitHub; {@code linkKind} as in {@link dev.fivewhys.github.outbox.GitHubLink}. */
    public record LinkValues(String linkKind, String repository, int number, Long commentId, String url) {
    }
}
