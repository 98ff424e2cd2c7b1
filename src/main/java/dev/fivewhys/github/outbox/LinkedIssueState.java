package dev.fivewhys.github.outbox;

import java.util.function.BiConsumer;

import dev.fivewhys.github.client.GitHubGateway;

/** Opens or closes a linked issue as its record wants: one rule for the failure's issue and a follow-up's. */
final class LinkedIssueState {

    private LinkedIssueState() {
    }

    /**
     * @param record called with the link and "closed" or "open" as soon as GitHub made the change, so a crash after it
     *        does not send it again; each sync records it its own way
     */
    static void keep(GitHubGateway github, String repo, GitHubLink link, boolean shouldBeClosed, String closingWords,
            BiConsumer<GitHubLink, String> record) {
        boolean closed = "closed".equals(link.state);
        if (shouldBeClosed && !closed) {
            github.closeIssue(repo, link.number, closingWords);
            record.accept(link, "closed");
        } else if (!shouldBeClosed && closed) {
            github.reopenIssue(repo, link.number);
            record.accept(link, "open");
        }
    }
}
