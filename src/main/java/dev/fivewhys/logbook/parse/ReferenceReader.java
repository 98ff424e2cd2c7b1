package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds GitHub issues, PRs and comments, commits, labels and report paths anywhere in a log. */
final class ReferenceReader {

    /** https://github.com/owner/repo/issues/152 or …/pull/156#issuecomment-3272998681. */
    private static final Pattern GITHUB_URL = Pattern.compile("https?://github\\.com/(?<repository>[\\w.-]+/[\\w.-]+)"
            + "/(?<type>issues|pull)/(?<number>\\d+)(?:#issuecomment-(?<comment>\\d+))?");
    /** "issue #152", "Issue #152", "PR #156", "pull request #156". */
    private static final Pattern BARE_REFERENCE = Pattern
            .compile("(?i)\\b(?<type>issues?|PRs?|pull requests?)\\s+#(?<number>\\d+)\\b");
    /**
     * "commit 8365f3012", "commit: `8365f3012…`": 7-40 hex digits after the word, with a digit among
     * them so that "commit defaced" is not a hash.
     */
    private static final Pattern COMMIT = Pattern
            .compile(
                    "(?i)\\bcommit(?:\\s+(?:sha|hash|id))?(?:\\*\\*)?:?(?:\\*\\*)?:?(?:\\s*\\|)?\\s+`?(?<sha>(?=[0-9a-f]*\\d)[0-9a-f]{7,40})\\b`?");
    /** Labels are separated by commas; backticks around a label are decoration. */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s*,\\s*");

    private ReferenceReader() {
    }

    static List<GitHubReference> github(LogDocument document) {
        List<GitHubReference> references = new ArrayList<>();
        for (int n = 1; n <= document.lineCount(); n++) {
            String line = document.line(n);
            Matcher url = GITHUB_URL.matcher(line);
            while (url.find()) {
                Long comment = url.group("comment") == null ? null : Long.valueOf(url.group("comment"));
                references.add(new GitHubReference(kind(url.group("type")), url.group("repository"),
                        Integer.parseInt(url.group("number")), comment, url.group(), SourceSpan.line(n)));
            }
            Matcher bare = BARE_REFERENCE.matcher(GITHUB_URL.matcher(line).replaceAll(""));
            while (bare.find()) {
                references.add(new GitHubReference(kind(bare.group("type")), null,
                        Integer.parseInt(bare.group("number")), null, null, SourceSpan.line(n)));
            }
        }
        return references;
    }

    private static GitHubReference.Kind kind(String type) {
        String lower = type.toLowerCase();
        return lower.startsWith("pr") || lower.startsWith("pull") ? GitHubReference.Kind.PULL_REQUEST
                : GitHubReference.Kind.ISSUE;
    }

    static List<ParsedCommit> commits(LogDocument document) {
        List<ParsedCommit> commits = new ArrayList<>();
        for (int n = 1; n <= document.lineCount(); n++) {
            Matcher commit = COMMIT.matcher(document.line(n));
            while (commit.find()) {
                commits.add(new ParsedCommit(commit.group("sha"), SourceSpan.line(n)));
            }
        }
        return commits;
    }

    /** "Label Applied: x" / "Labels Applied: a, b, c" in the given fields; distinct, in order. */
    static List<String> labels(List<ParsedField> fields) {
        Set<String> labels = new LinkedHashSet<>();
        for (ParsedField field : FieldKeys.flatten(fields)) {
            if (FieldKeys.is(field, FieldKeys.LABELS)) {
                for (String label : LABEL_SEPARATOR.split(field.value().replace("`", ""))) {
                    if (!label.isBlank()) {
                        labels.add(label.strip());
                    }
                }
            }
        }
        return List.copyOf(labels);
    }

    /** Paths listed under a report label ("COMPLIANCE REPORT", "ANALYSIS REPORTS"). */
    static List<ParsedReport> reports(List<ParsedField> fields) {
        List<ParsedReport> reports = new ArrayList<>();
        for (ParsedField field : FieldKeys.flatten(fields)) {
            if (FieldKeys.is(field, FieldKeys.REPORTS)) {
                for (ParsedFileChange file : FixReader.fileReferences(field)) {
                    reports.add(new ParsedReport(field.key(), file.path(), file.note(), file.source()));
                }
            }
        }
        return reports;
    }
}
