package dev.fivewhys.logbook.parse;

/**
 * A mention of a GitHub issue or pull request: a URL
 * (https://github.com/o/r/pull/156#issuecomment-3272998681) or "issue #152" / "PR #156".
 *
 * @param repository owner/name from a URL, or null for a bare "#152"
 * @param commentId the issuecomment id of a comment URL, or null
 * @param url as written, or null for a bare mention
 */
public record GitHubReference(Kind kind, String repository, int number, Long commentId, String url,
        SourceSpan source) {

    public enum Kind {
        ISSUE,
        PULL_REQUEST
    }
}
