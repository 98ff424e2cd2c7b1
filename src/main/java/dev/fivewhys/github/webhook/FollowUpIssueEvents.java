package dev.fivewhys.github.webhook;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fivewhys.followup.FollowUp;
import dev.fivewhys.followup.FollowUpStatus;
import dev.fivewhys.followup.FollowUps;
import dev.fivewhys.github.outbox.FollowUpSync;
import dev.fivewhys.github.outbox.GitHubLink;

/**
 * A follow-up's issue closed or reopened on GitHub closes (done) or reopens the follow-up, in its analysis's history.
 * The echo of the app's own close or reopen is known by the link's state and ignored.
 */
@ApplicationScoped
class FollowUpIssueEvents {

    @Inject
    FollowUps followUps;
    @Inject
    Clock clock;

    /** The follow-up link of the payload's issue, if it is one. */
    static Optional<GitHubLink> linkOf(JsonNode payload) {
        String repo = WebhookHandlers.storable(payload.path("repository").path("full_name").asText(""));
        int number = payload.path("issue").path("number").asInt(-1);
        return GitHubLink.findIssue(repo, number).filter(link -> FollowUpSync.RECORD.equals(link.recordKind));
    }

    String handle(String action, JsonNode payload, GitHubLink link) {
        if (!"closed".equals(action) && !"reopened".equals(action)) {
            return "ignored: follow-up issue " + action;
        }
        boolean closed = "closed".equals(action);
        String state = closed ? "closed" : "open";
        if (link.stateByApp && state.equals(link.state)) {
            return "ignored: the echo of the app's own " + action;
        }
        FollowUp followUp = FollowUp.findById(link.recordId);
        GitHubLink.recordState(link.id, state, false, clock.instant());
        if (followUp == null) {
            return "ignored: follow-up " + link.recordId + " no longer exists";
        }
        String who = WebhookHandlers.storable(payload.path("sender").path("login").asText("someone"));
        String note = (closed ? "Issue closed" : "Issue reopened") + " on GitHub by " + who + " ("
                + link.repository + "#" + link.number + ")";
        boolean changed = followUps.moveTo(followUp, closed ? FollowUpStatus.DONE : FollowUpStatus.OPEN, who, note);
        return changed ? "follow-up " + followUp.id + (closed ? " done" : " reopened")
                : "follow-up " + followUp.id + " already " + (closed ? "closed" : "open");
    }
}
