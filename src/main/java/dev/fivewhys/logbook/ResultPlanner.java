package dev.fivewhys.logbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import dev.fivewhys.analysis.AnalysisContent;
import dev.fivewhys.analysis.RootCauseCategory;
import dev.fivewhys.audit.AuditContent;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.audit.StabilityContent;
import dev.fivewhys.fix.CommitSha;
import dev.fivewhys.fix.FixContent;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.fix.PullRequestReference;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.logbook.ImportPlan.AnalysisPlan;
import dev.fivewhys.logbook.ImportPlan.Dated;
import dev.fivewhys.logbook.ImportPlan.FixPlan;
import dev.fivewhys.logbook.ImportPlan.LinkValues;
import dev.fivewhys.logbook.parse.CheckReader;
import dev.fivewhys.logbook.parse.FieldKeys;
import dev.fivewhys.logbook.parse.GitHubReference;
import dev.fivewhys.logbook.parse.ParsedAnalysis;
import dev.fivewhys.logbook.parse.ParsedAudit;
import dev.fivewhys.logbook.parse.ParsedField;
import dev.fivewhys.logbook.parse.ParsedFix;
import dev.fivewhys.logbook.parse.ParsedResults;
import dev.fivewhys.logbook.parse.ParsedSessionLog;
import dev.fivewhys.logbook.parse.ParsedStability;
import dev.fivewhys.logbook.parse.ParsedTimelineEntry;
import dev.fivewhys.logbook.parse.ParsedWhy;
import dev.fivewhys.logbook.parse.SourceSpan;

/**
 * The analyses a log records, with their fixes, and the fixes' audits and stability validations. A log does not say
 * which goes with which, so each fix belongs to the latest analysis written before it (else the first one after), and
 * each audit or validation to the latest fix before it (else the first after); a fix takes the first pull request
 * named from its entry on, up to the next fix.
 */
final class ResultPlanner {

    private final ParsedSessionLog log;
    private final Map<Integer, Instant> timeByLine;
    private final Map<Integer, ParsedTimelineEntry> entryByLine = new LinkedHashMap<>();
    private final String repository;
    private final Map<String, RootCauseCategory> categories;
    private final List<String> notes;

    /**
     * @param times when each timeline entry happened, in the timeline's order
     * @param repository the project's GitHub repository, for a pull request named by number only; may be null
     * @param categories the root-cause categories the app knows, by their names in lower case
     */
    ResultPlanner(ParsedSessionLog log, List<Instant> times, String repository, Map<String, RootCauseCategory> categories,
            List<String> notes) {
        this.log = log;
        this.timeByLine = new LinkedHashMap<>();
        for (int i = 0; i < log.timeline().size(); i++) {
            ParsedTimelineEntry entry = log.timeline().get(i);
            timeByLine.put(entry.source().firstLine(), times.get(i));
            entryByLine.put(entry.source().firstLine(), entry);
        }
        this.repository = repository == null || repository.isBlank() ? null : repository;
        this.categories = categories;
        this.notes = notes;
    }

    List<AnalysisPlan> analyses() {
        ParsedResults results = log.results();
        List<ParsedAnalysis> analyses = results.analyses();
        List<ParsedFix> fixes = results.fixes();
        List<List<FixPlan>> fixesOf = new ArrayList<>();
        analyses.forEach(a -> fixesOf.add(new ArrayList<>()));
        List<List<Dated<AuditContent>>> auditsOf = new ArrayList<>();
        List<List<Dated<StabilityContent>>> validationsOf = new ArrayList<>();
        fixes.forEach(f -> {
            auditsOf.add(new ArrayList<>());
            validationsOf.add(new ArrayList<>());
        });
        for (ParsedAudit audit : results.audits()) {
            int fix = owner(fixes, f -> line(f.source()), line(audit.source()));
            ParsedTimelineEntry entry = entryByLine.get(line(audit.source()));
            if (fix < 0) {
                notes.add("The audit in \"" + entry.title() + "\" was not imported as a record: the log records no fix "
                        + "for it to belong to (its text is kept in the timeline).");
            } else {
                auditsOf.get(fix).add(RecordValues.audit(audit, entry, timeAt(audit.source()), notes));
            }
        }
        for (ParsedStability stability : results.stabilityValidations()) {
            int fix = owner(fixes, f -> line(f.source()), line(stability.source()));
            ParsedTimelineEntry entry = entryByLine.get(line(stability.source()));
            if (fix < 0) {
                notes.add("The stability validation in \"" + entry.title() + "\" was not imported as a record: the log "
                        + "records no fix for it to belong to (its text is kept in the timeline).");
            } else {
                validationsOf.get(fix).add(RecordValues.stability(stability, entry, timeAt(stability.source()), notes));
            }
        }
        for (int k = 0; k < fixes.size(); k++) {
            ParsedFix fix = fixes.get(k);
            int analysis = owner(analyses, a -> line(a.source()), line(fix.source()));
            if (analysis < 0) {
                notes.add("The fix in \"" + fix.title() + "\" was not imported as a record: the log records no five-whys "
                        + "analysis for it to belong to (its text is kept in the timeline).");
                continue;
            }
            int until = k + 1 < fixes.size() ? line(fixes.get(k + 1).source()) : Integer.MAX_VALUE;
            fixesOf.get(analysis).add(fix(fix, until, auditsOf.get(k), validationsOf.get(k)));
        }
        List<AnalysisPlan> values = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            values.add(analysis(analyses.get(i), fixesOf.get(i)));
        }
        return values;
    }

    private AnalysisPlan analysis(ParsedAnalysis analysis, List<FixPlan> fixes) {
        RootCauseCategory category = analysis.category() == null ? null
                : categories.get(analysis.category().strip().toLowerCase(Locale.ROOT));
        if (analysis.category() != null && category == null) {
            notes.add("Root-cause category \"" + analysis.category() + "\" is not one of the app's categories: the "
                    + "analysis is imported without one.");
        }
        List<AnalysisContent.Why> whys = analysis.whys().stream().map(ParsedWhy::text).filter(t -> !t.isBlank())
                .map(t -> new AnalysisContent.Why(t, null, null)).toList();
        return new AnalysisPlan(new AnalysisContent(problem(analysis), whys, analysis.rootCause(), category,
                analysis.fixIdentified(), analysis.preventionStrategy()), timeAt(analysis.source()), fixes);
    }

    /**
     * The seeds state the problem before the analysis, not in it: the last line marked ❌ or ⚠️ before it (in the
     * executive summary or an earlier entry) is the problem the whys explain.
     */
    private String problem(ParsedAnalysis analysis) {
        if (analysis.problemStatement() != null) {
            return analysis.problemStatement();
        }
        List<ParsedField> marked = new ArrayList<>(log.header().executiveSummary());
        log.timeline().forEach(e -> marked.addAll(FieldKeys.flatten(e.fields())));
        String problem = null;
        for (ParsedField field : marked) {
            CheckOutcome outcome = CheckReader.outcome(field.mark());
            boolean trouble = outcome == CheckOutcome.FAIL || outcome == CheckOutcome.WARN;
            if (trouble && field.hasKey() && field.source().firstLine() < line(analysis.source())) {
                problem = field.value();
            }
        }
        return problem;
    }

    private FixPlan fix(ParsedFix fix, int until, List<Dated<AuditContent>> audits,
            List<Dated<StabilityContent>> validations) {
        CommitSha commit = fix.commits().isEmpty() ? null : CommitSha.parse(fix.commits().get(0));
        GitHubReference pullRequest = log.results().github().stream()
                .filter(r -> r.kind() == GitHubReference.Kind.PULL_REQUEST)
                .filter(r -> r.source().firstLine() >= line(fix.source()) && r.source().firstLine() < until)
                .findFirst().orElse(null);
        PullRequestReference linked = null;
        if (pullRequest != null) {
            String prRepository = pullRequest.repository() != null ? pullRequest.repository() : repository;
            if (prRepository == null) {
                notes.add("PR #" + pullRequest.number() + " is not linked to the fix: the project has no GitHub "
                        + "repository.");
            } else {
                linked = new PullRequestReference(prRepository, pullRequest.number());
            }
        }
        FixContent content = new FixContent(fix.summary() != null ? fix.summary() : fix.title(),
                fix.files().stream().map(f -> RecordValues.file(f, notes)).toList(), commit, null, linked,
                fix.newTests().stream().map(RecordValues::test).toList());
        return new FixPlan(content, timeAt(fix.source()), audits, validations, status(fix.stage()));
    }

    /**
     * A fix applied or implemented is in the code, which the app counts as merged; verified as the log says, though
     * only results verify a fix in the app: the import records it deployed, then verified.
     */
    static FixStatus status(ParsedFix.FixStage stage) {
        return switch (stage) {
            case VERIFIED -> FixStatus.VERIFIED;
            case DEPLOYED -> FixStatus.DEPLOYED;
            case MERGED, APPLIED -> FixStatus.MERGED;
            default -> FixStatus.PROPOSED;
        };
    }

    /** Every GitHub URL of the log once, in order; "issue #152" without a URL is a mention, not a link. */
    List<LinkValues> links() {
        Map<String, LinkValues> links = new LinkedHashMap<>();
        for (GitHubReference reference : log.results().github()) {
            if (reference.url() == null || links.containsKey(reference.url())) {
                continue;
            }
            boolean issue = reference.kind() == GitHubReference.Kind.ISSUE;
            String kind = reference.commentId() == null ? (issue ? GitHubLink.ISSUE : GitHubLink.PULL_REQUEST)
                    : (issue ? GitHubLink.COMMENT : GitHubLink.PR_COMMENT);
            links.put(reference.url(), new LinkValues(kind, reference.repository(), reference.number(),
                    reference.commentId(), reference.url()));
        }
        return List.copyOf(links.values());
    }

    /** The index of the last item at or before the line, else of the first after it; -1 when there are none. */
    private static <T> int owner(List<T> items, ToIntFunction<T> lineOf, int line) {
        int owner = -1;
        for (int i = 0; i < items.size(); i++) {
            if (lineOf.applyAsInt(items.get(i)) <= line) {
                owner = i;
            }
        }
        return owner >= 0 || items.isEmpty() ? owner : 0;
    }

    private Instant timeAt(SourceSpan source) {
        return timeByLine.get(source.firstLine());
    }

    private static int line(SourceSpan source) {
        return source.firstLine();
    }
}
