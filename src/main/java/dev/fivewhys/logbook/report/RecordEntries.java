package dev.fivewhys.logbook.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.fivewhys.analysis.AnalysisContent;
import dev.fivewhys.analysis.AnalysisContent.Why;
import dev.fivewhys.audit.AuditContent;
import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.Check;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.StabilityContent;
import dev.fivewhys.fix.FixContent;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.logbook.ImportPlan;
import dev.fivewhys.logbook.ImportPlan.AnalysisPlan;
import dev.fivewhys.logbook.ImportPlan.Dated;
import dev.fivewhys.logbook.ImportPlan.FixPlan;
import dev.fivewhys.logbook.ImportPlan.LinkValues;
import dev.fivewhys.logbook.RecordValues;
import dev.fivewhys.logbook.ReportLines;
import dev.fivewhys.logbook.parse.Decision;

/**
 * Timeline entries a report adds for the records its text does not already say: analyses, fixes, audits and stability
 * validations recorded through the pages (or changed since their log was imported), and GitHub links. Each is written
 * the way the teams write them, so reading the report back finds the same values; a fix's entry follows its analysis's,
 * and audits and validations follow their fix's, because that is how an import tells which belongs to which.
 */
final class RecordEntries {

    /** One entry to add: its time, title and body lines. */
    record Entry(Instant at, String title, List<String> lines) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final String repository;

    private RecordEntries(String repository) {
        this.repository = repository;
    }

    /**
     * @param stored the session's records
     * @param said what the report's text without these entries reads as
     * @param moreLinks links the report should show besides the session's own (e.g. its failures' issues)
     * @param linksAt the time for the links entry
     */
    static List<Entry> missing(ImportPlan stored, ImportPlan said, String repository, List<LinkValues> moreLinks,
            Instant linksAt) {
        RecordEntries out = new RecordEntries(repository);
        List<AnalysisPlan> unmatched = new ArrayList<>(said.analyses());
        for (AnalysisPlan analysis : stored.analyses()) {
            AnalysisPlan match = take(unmatched, analysis, a -> logged(a.content()));
            if (match == null) {
                out.analysis(analysis);
                analysis.fixes().forEach(out::fixWithChecks);
            } else {
                out.fixes(analysis.fixes(), match.fixes());
            }
        }
        Set<String> written = said.links().stream().map(LinkValues::url).collect(Collectors.toSet());
        List<LinkValues> links = new ArrayList<>(stored.links());
        links.addAll(moreLinks);
        List<String> lines = links.stream().filter(l -> written.add(l.url())).map(RecordEntries::link).toList();
        if (!lines.isEmpty()) {
            out.entries.add(new Entry(linksAt, "GITHUB LINKS", lines));
        }
        return out.entries;
    }

    /** What a log says of an analysis: its whys without their evidence, which a log does not give. */
    private static AnalysisContent logged(AnalysisContent content) {
        return new AnalysisContent(content.problemStatement(),
                content.whys().stream().map(w -> new Why(w.answer(), null, null)).toList(), content.rootCause(),
                content.category(), content.fixIdentified(), content.preventionStrategy());
    }

    /** What a log says of a fix: all but its branch. */
    private static FixContent logged(FixContent fix) {
        return new FixContent(fix.summary(), fix.files(), fix.commitSha(), null, fix.pullRequest(), fix.tests());
    }

    /** What a log says of an audit: all but who audited. */
    private static AuditContent logged(AuditContent audit) {
        return new AuditContent(audit.kind(), audit.checks(), audit.overrideScore(), audit.verdict(),
                audit.recommendation(), audit.conditions(), audit.reportPath(), null);
    }

    private void fixes(List<FixPlan> stored, List<FixPlan> said) {
        List<FixPlan> unmatched = new ArrayList<>(said);
        for (FixPlan fix : stored) {
            FixPlan match = take(unmatched, fix, f -> logged(f.content()));
            if (match == null) {
                fixWithChecks(fix);
                continue;
            }
            List<Dated<AuditContent>> audits = new ArrayList<>(match.audits());
            fix.audits().stream().filter(a -> take(audits, a, d -> logged(d.content())) == null).forEach(this::audit);
            List<Dated<StabilityContent>> validations = new ArrayList<>(match.validations());
            fix.validations().stream().filter(v -> take(validations, v, Dated::content) == null)
                    .forEach(this::stability);
        }
    }

    /** Removes and returns the first item with the same content, or null. */
    private static <T> T take(List<T> items, T wanted, Function<T, ?> content) {
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(content.apply(items.get(i)), content.apply(wanted))) {
                return items.remove(i);
            }
        }
        return null;
    }

    private void analysis(AnalysisPlan plan) {
        AnalysisContent analysis = plan.content();
        List<String> lines = new ArrayList<>();
        field(lines, null, "Problem Statement", analysis.problemStatement());
        for (int i = 0; i < analysis.whys().size(); i++) {
            field(lines, null, "Why #" + (i + 1), analysis.whys().get(i).answer());
        }
        field(lines, null, "Root Cause", analysis.rootCause());
        field(lines, null, "Root Cause Category", analysis.category() == null ? null : analysis.category().name);
        field(lines, null, "Fix Identified", analysis.fixIdentified());
        field(lines, null, "Prevention Strategy", analysis.preventionStrategy());
        entries.add(new Entry(plan.at(), "FIVE WHYS ANALYSIS", lines));
    }

    private void fixWithChecks(FixPlan plan) {
        FixContent fix = plan.content();
        List<String> lines = new ArrayList<>();
        // "Fix Applied" says the fix is in the code; a proposed one is only a "Fix"
        field(lines, "✅", plan.status() == FixStatus.PROPOSED ? "Fix" : "Fix Applied", fix.summary());
        if (!fix.files().isEmpty()) {
            lines.add("**Files Modified**:");
            fix.files().forEach(f -> lines.add("- `" + f.path() + "`" + (f.lines().isEmpty() ? ""
                    : " (lines " + f.lines() + ")")));
        }
        if (!fix.tests().isEmpty()) {
            lines.add("**New Tests Created**:");
            fix.tests().forEach(t -> lines.add("- `" + t.path() + "` - " + t.kind()));
        }
        if (fix.commitSha() != null) {
            lines.add("Committed as commit " + fix.commitSha());
        }
        if (fix.pullRequest() != null) {
            // A number alone means the project's repository when the report is read back.
            lines.add(fix.pullRequest().repository().equals(repository) ? "Pull request: PR #" + fix.pullRequest().number()
                    : "Pull request: " + fix.pullRequest().url());
        }
        // the title says how far the fix got, as the teams' titles do ("DATABASE IMPORT FIX DEPLOYED")
        entries.add(new Entry(plan.at(), "FIX " + plan.status().name(), lines));
        plan.audits().forEach(this::audit);
        plan.validations().forEach(this::stability);
    }

    private void audit(Dated<AuditContent> dated) {
        AuditContent audit = dated.content();
        List<String> lines = new ArrayList<>();
        Integer overall = audit.score().overall().stream().boxed().findFirst().orElse(null);
        if (overall != null) {
            field(lines, "✅", "Overall Assessment", overall + "% compliance score");
        }
        field(lines, "✅", "Recommendation", recommendationLine(audit));
        if (!audit.checks().isEmpty()) {
            // As a list, so that a check named "… Fix" is not read as a fix of its own.
            lines.add("**Checks**:");
            for (Check check : audit.checks()) {
                String note = check.note() == null ? "" : ReportLines.flat(check.note());
                String score = check.score() == null ? "" : "(" + check.score() + "% compliant)";
                lines.add(("- " + mark(check.outcome()) + " **" + check.name() + "**: " + note + " " + score).stripTrailing());
            }
        }
        if (!audit.conditions().isEmpty()) {
            lines.add("**Conditions**:");
            audit.conditions().forEach(c -> lines.add("- " + ReportLines.flat(c)));
        }
        if (audit.reportPath() != null) {
            lines.add("**Compliance Report**: `" + audit.reportPath() + "`");
        }
        entries.add(new Entry(dated.at(), audit.kind() + " COMPLIANCE AUDIT COMPLETED", lines));
    }

    /** The verdict as written when it opens with words meaning the stored recommendation, else with them in front. */
    private static String recommendationLine(AuditContent audit) {
        String verdict = audit.verdict() == null ? "" : ReportLines.flat(audit.verdict());
        Decision decision = Decision.of(verdict);
        AuditRecommendation said = verdict.isEmpty() ? null
                : RecordValues.recommendation(decision.decisionOrText(), null);
        if (said == audit.recommendation()) {
            return verdict;
        }
        return audit.recommendation().label + (verdict.isEmpty() ? "" : " - " + verdict);
    }

    private void stability(Dated<StabilityContent> dated) {
        StabilityContent validation = dated.content();
        List<String> lines = new ArrayList<>();
        lines.add("**Risk Assessment**: " + validation.riskLevel().label + " RISK");
        lines.add("**Deployment Readiness**: " + validation.readiness().label);
        if (!validation.checks().isEmpty()) {
            lines.add("**Checks**:");
            for (Check check : validation.checks()) {
                lines.add(("- " + mark(check.outcome()) + " **" + check.name() + "**: "
                        + (check.note() == null ? "" : ReportLines.flat(check.note()))).stripTrailing());
            }
        }
        if (validation.notes() != null) {
            // a CONDITIONAL GO's notes are its condition, and are written as such
            String key = validation.readiness() == Readiness.CONDITIONAL_GO ? "Condition" : "Notes";
            validation.notes().lines().filter(l -> !l.isBlank()).forEach(l -> lines.add("**" + key + "**: " + l.strip()));
        }
        entries.add(new Entry(dated.at(), "SYSTEM STABILITY VALIDATION COMPLETED", lines));
    }

    private static String link(LinkValues link) {
        String label = switch (link.linkKind()) {
            case GitHubLink.COMMENT -> "GitHub Issue Comment";
            case GitHubLink.PR_COMMENT -> "Pull Request Comment";
            case GitHubLink.PULL_REQUEST -> "Pull Request";
            default -> "GitHub Issue";
        };
        return "✅ **" + label + "**: " + link.url();
    }

    private static String mark(CheckOutcome outcome) {
        return switch (outcome) {
            case PASS -> "✅";
            case WARN -> "⚠️";
            case FAIL -> "❌";
        };
    }

    private static void field(List<String> lines, String mark, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add((mark == null ? "" : mark + " ") + "**" + key + "**: " + ReportLines.flat(value));
        }
    }
}
