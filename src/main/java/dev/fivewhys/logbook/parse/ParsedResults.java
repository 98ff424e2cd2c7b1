package dev.fivewhys.logbook.parse;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the session found and did, read from its timeline, in the order written.
 *
 * @param github every issue/PR mention, in order, repeats included (use the helpers for distinct numbers)
 * @param labels labels applied to issues, distinct, in order
 * @param impactMentions every amount of money in the log, including the one chosen as the session's impact
 * @param errors the error patterns and failing tests the log names, each once, in the order written
 */
public record ParsedResults(List<ParsedAnalysis> analyses, List<ParsedFix> fixes, List<ParsedAudit> audits,
        List<ParsedStability> stabilityValidations, List<GitHubReference> github, List<String> labels,
        List<ParsedCommit> commits, List<ParsedReport> reports, List<ParsedImpact> impactMentions,
        List<ParsedError> errors) {

    public ParsedResults {
        analyses = List.copyOf(analyses);
        fixes = List.copyOf(fixes);
        audits = List.copyOf(audits);
        stabilityValidations = List.copyOf(stabilityValidations);
        github = List.copyOf(github);
        labels = List.copyOf(labels);
        commits = List.copyOf(commits);
        reports = List.copyOf(reports);
        impactMentions = List.copyOf(impactMentions);
        errors = List.copyOf(errors);
    }

    public List<Integer> issueNumbers() {
        return numbers(GitHubReference.Kind.ISSUE);
    }

    public List<Integer> pullRequestNumbers() {
        return numbers(GitHubReference.Kind.PULL_REQUEST);
    }

    /** Ids of issue and PR comments the log links to, in order. */
    public List<Long> commentIds() {
        return github.stream().map(GitHubReference::commentId).filter(id -> id != null).distinct().toList();
    }

    /** The analysis with the most whys (the five-whys one), if any. */
    public Optional<ParsedAnalysis> mainAnalysis() {
        return analyses.stream().max(Comparator.comparingInt(a -> a.whys().size()));
    }

    private List<Integer> numbers(GitHubReference.Kind kind) {
        return github.stream().filter(r -> r.kind() == kind).map(GitHubReference::number).distinct().toList();
    }
}
