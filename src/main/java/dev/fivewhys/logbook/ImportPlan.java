package dev.fivewhys.logbook;

import java.time.Instant;
import java.util.List;

import dev.fivewhys.analysis.AnalysisContent;
import dev.fivewhys.audit.AuditContent;
import dev.fivewhys.audit.StabilityContent;
import dev.fivewhys.fix.FixContent;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.session.CriterionContent;
import dev.fivewhys.session.PhaseContent;
import dev.fivewhys.session.SessionContent;

/**
 * The records of a session as the content the services write. A parsed log gives one ({@link LogPlanner}: what an
 * import creates) and so do stored records ({@link dev.fivewhys.logbook.report.StoredPlan}): the report compares the
 * two to see what its text already says, and tests compare an import with the import of its report. Times of records
 * ({@code at}) are when they were written down and take no part in content comparisons; statuses are not part of a
 * log and are left out.
 *
 * @param failures the errors and failing tests a log names, which an import makes failures of the project; empty for
 *        stored records (their failures are the project's already)
 * @param notes what an import leaves out or assumes, in words for the preview; empty for stored records
 */
public record ImportPlan(SessionContent session, List<PhaseContent> phases, List<CriterionContent> criteria,
        List<EntryValues> entries, List<AnalysisPlan> analyses, List<LinkValues> links, List<FailureValues> failures,
        List<String> notes) {

    public ImportPlan {
        phases = List.copyOf(phases);
        criteria = List.copyOf(criteria);
        entries = List.copyOf(entries);
        analyses = List.copyOf(analyses);
        links = List.copyOf(links);
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    /** A timeline entry; {@code section} is null for an entry of the log's timeline, else the part it keeps. */
    public record EntryValues(Instant occurredAt, String title, String body, LogSection section) {
    }

    /** A record's content and when it was written down. */
    public record Dated<C>(C content, Instant at) {

        public Dated<C> undated() {
            return new Dated<>(content, null);
        }
    }

    public record AnalysisPlan(AnalysisContent content, Instant at, List<FixPlan> fixes) {
        public AnalysisPlan {
            fixes = List.copyOf(fixes);
        }

        /** Whether it has what completing an analysis asks for; an import records it complete then, else as a draft. */
        public boolean complete() {
            return content.canComplete();
        }

        /** The same without the times its records were written down, to compare what two plans say. */
        public AnalysisPlan undated() {
            return new AnalysisPlan(content, null, fixes.stream().map(FixPlan::undated).toList());
        }
    }

    /** @param status where the fix stands: what the log's words say, or the stored fix's */
    public record FixPlan(FixContent content, Instant at, List<Dated<AuditContent>> audits,
            List<Dated<StabilityContent>> validations, FixStatus status) {
        public FixPlan {
            audits = List.copyOf(audits);
            validations = List.copyOf(validations);
            status = status == null ? FixStatus.PROPOSED : status;
        }

        /** A fix the log names no stage of: proposed. */
        public FixPlan(FixContent content, Instant at, List<Dated<AuditContent>> audits,
                List<Dated<StabilityContent>> validations) {
            this(content, at, audits, validations, FixStatus.PROPOSED);
        }

        FixPlan undated() {
            return new FixPlan(content, null, audits.stream().map(Dated::undated).toList(),
                    validations.stream().map(Dated::undated).toList(), status);
        }
    }

    /**
     * An error the log names, as a failure of the project.
     *
     * @param failureType as the log writes it before the message, or null
     * @param test the failing test the log names with it, or null
     * @param analyses indexes in {@link #analyses()} of the analyses that are about it
     */
    public record FailureValues(String failureType, String message, String test, List<Integer> analyses) {
        public FailureValues {
            analyses = List.copyOf(analyses);
        }
    }

    /** An issue, pull request or comment on GitHub; {@code linkKind} as in {@link dev.fivewhys.github.outbox.GitHubLink}. */
    public record LinkValues(String linkKind, String repository, int number, Long commentId, String url) {
    }
}
