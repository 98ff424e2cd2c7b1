package dev.fivewhys.github.client;

import java.net.URL;

import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHIssueState;

/** The app's own records made from the library's objects, which never leave the gateway. */
final class AppRecords {

    private AppRecords() {
    }

    static IssueRef issueRef(GHIssue issue) {
        return new IssueRef(issue.getNumber(), text(issue.getHtmlUrl()), state(issue.getState()));
    }

    static CommentRef commentRef(GHIssueComment comment) {
        return new CommentRef(comment.getId(), text(comment.getHtmlUrl()));
    }

    static Comment comment(GHIssueComment comment) {
        return new Comment(comment.getId(), text(comment.getHtmlUrl()), comment.getBody());
    }

    static IssueState state(GHIssueState state) {
        return state == GHIssueState.CLOSED ? IssueState.CLOSED : IssueState.OPEN;
    }

    static String text(URL url) {
        return url == null ? null : url.toString();
    }
}
