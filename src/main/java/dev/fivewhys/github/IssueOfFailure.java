package dev.fivewhys.github;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.github.outbox.FailureSync;
import dev.fivewhys.github.outbox.GitHubLink;
import io.quarkus.qute.TemplateExtension;

/** A failure's GitHub issue on its page: failure sits below github and cannot look it up. */
@TemplateExtension
final class IssueOfFailure {

    private IssueOfFailure() {
    }

    /** The failure's GitHub issue, or null when it has none. */
    static GitHubLink githubIssue(Failure failure) {
        return GitHubLink.listFor(FailureSync.RECORD, failure.id).stream().filter(l -> GitHubLink.ISSUE.equals(l.linkKind))
                .findFirst().orElse(null);
    }
}
