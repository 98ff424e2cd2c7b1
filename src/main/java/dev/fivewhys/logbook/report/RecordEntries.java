package dev.fivewhys.logbook.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.fivewhys.audit.AuditRecommendation;
import dev.fivewhys.audit.AuditScore;
import dev.fivewhys.audit.CheckOutcome;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.logbook.ImportPlan;
import dev.fivewhys.logbook.ImportPlan.AnalysisValues;
import dev.fivewhys.logbook.ImportPlan.AuditCheckValues;
import dev.fivewhys.logbook.ImportPlan.AuditValues;
import dev.fivewhys.logbook.ImportPlan.FixValues;
import dev.fivewhys.logbook.ImportPlan.LinkValues;
import dev.fivewhys.logbook.ImportPlan.StabilityCheckValues;
import dev.fivewhys.logbook.ImportPlan.StabilityValues;
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
        List<AnalysisValues> unmatched = new ArrayList<>(said.analyses());
        for (AnalysisValues analysis : stored.analyses()) {
            AnalysisValues match = take(unmatched, analysis, AnalysisValues::content);
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

    private void fixes(List<FixValues> stored, List<FixValues> said) {
        List<FixValues> unmatched = new ArrayList<>(said);
        for (FixValues fix : stored) {
            FixValues match = take(unmatched, fix, FixValues::content);
            if (match == null) {
                fixWithChecks(fix);
                continue;
            }
            List<AuditValues> audits = new ArrayList<>(match.audits());
            fix.audits().stream().filter(a -> take(audits, a, AuditValues::content) == null).forEach(this::audit);
            List<StabilityValues> validations = new ArrayList<>(match.validations());
            fix.validations().stream().filter(v -> take(validations, v, StabilityValues::content) == null)
                    .forEach(this::stability);
        }
    }

    /** Removes and returns the first item with the same content, or null. */
    private static <T> T take(List<T> items, T wanted, Function<T, T> content) {
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(content.apply(items.get(i)), content.apply(wanted))) {
                return items.remove(i);
            }
        }
        return null;
    }

    private void analysis(AnalysisValues analysis) {
        List<String> lines = new ArrayList<>();
        field(lines, null, "Problem Statement", analysis.problemStatement());
        for (int i = 0; i < analysis.whys().size(); i++) {
            field(lines, null, "Why #" + (i + 1), analysis.whys().get(i));
        }
        field(lines, null, "Root Cause", analysis.rootCause());
        field(lines, null, "Root Cause Category", analysis.category());
        field(lines, null, "Fix Identified", analysis.fixIdentified());
        field(lines, null, "Prevention Strategy", analysis.preventionStrategy());
        entries.add(new Entry(analysis.at(), "FIVE WHYS ANALYSIS", lines));
    }

    private void fixWithChecks(FixValues fix) {
        List<String> lines = new ArrayList<>();
        field(lines, "✅", "Fix Applied", fix.summary());
        if (!fix.files().isEmpty()) {
            lines.add("**Files Modified**:");
            fix.files().forEach(f -> lines.add("- `" + f.path() + "`" + (f.lineRanges().isEmpty() ? ""
                    : " (lines " + f.lineRanges() + ")")));
        }
        if (!fix.tests().isEmpty()) {
            lines.add("**New Tests Created**:");
            fix.tests().forEach(t -> lines.add("- `" + t.path() + "` - " + t.kind()));
        }
        if (fix.commitSha() != null) {
            lines.add("Committed as commit " + fix.commitSha());
        }
        if (fix.pullRequestNumber() != null) {
            // A number alone means the project's repository when the report is read back.
            lines.add(fix.pullRequestRepository().equals(repository) ? "Pull request: PR #" + fix.pullRequestNumber()
                    : "Pull request: https://github.com/" + fix.pullRequestRepository() + "/pull/" + fix.pullRequestNumber());
        }
        entries.add(new Entry(fix.at(), "FIX RECORDED", lines));
        fix.audits().forEach(this::audit);
        fix.validations().forEach(this::stability);
    }

    private void audit(AuditValues audit) {
        List<String> lines = new ArrayList<>();
        List<Integer> scores = audit.checks().stream().map(c -> c.outcome().scoreOr(c.score())).toList();
        Integer overall = audit.overrideScore() != null ? audit.overrideScore()
                : AuditScore.derive(scores).derived().stream().boxed().findFirst().orElse(null);
        if (overall != null) {
            field(lines, "✅", "Overall Assessment", overall + "% compliance score");
        }
        field(lines, "✅", "Recommendation", recommendationLine(audit));
        if (!audit.checks().isEmpty()) {
            // As a list, so that a check named "… Fix" is not read as a fix of its own.
            lines.add("**Checks**:");
            for (AuditCheckValues check : audit.checks()) {
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
        entries.add(new Entry(audit.at(), audit.kind() + " COMPLIANCE AUDIT COMPLETED", lines));
    }

    /** The verdict as written when it opens with words meaning the stored recommendation, else with them in front. */
    private static String recommendationLine(AuditValues audit) {
        String verdict = audit.verdict() == null ? "" : ReportLines.flat(audit.verdict());
        Decision decision = Decision.of(verdict);
        AuditRecommendation said = verdict.isEmpty() ? null
                : RecordValues.recommendation(decision.decisionOrText(), null);
        if (said == audit.recommendation()) {
            return verdict;
        }
        return audit.recommendation().label + (verdict.isEmpty() ? "" : " - " + verdict);
    }

    private void stability(StabilityValues validation) {
        List<String> lines = new ArrayList<>();
        lines.add("**Risk Assessment**: " + validation.risk().label + " RISK");
        lines.add("**Deployment Readiness**: " + validation.readiness().label);
        if (!validation.checks().isEmpty()) {
            lines.add("**Checks**:");
            for (StabilityCheckValues check : validation.checks()) {
                lines.add(("- " + mark(check.outcome()) + " **" + check.name() + "**: "
                        + (check.measurement() == null ? "" : ReportLines.flat(check.measurement()))).stripTrailing());
            }
        }
        if (validation.notes() != null) {
            validation.notes().lines().filter(l -> !l.isBlank()).forEach(l -> lines.add("**Notes**: " + l.strip()));
        }
        entries.add(new Entry(validation.at(), "SYSTEM STABILITY VALIDATION COMPLETED", lines));
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
