package dev.fivewhys.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixVerified;
import dev.fivewhys.followup.FollowUp;
import dev.fivewhys.followup.FollowUpBecameOverdue;
import dev.fivewhys.result.ResultsIngested;
import dev.fivewhys.session.SessionGoNoGoChanged;
import dev.fivewhys.session.TestSession;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The four moments a team wants to hear of, each queued in the transaction of the change (or a new one, when the
 * event is fired outside any): a session turns NO GO, a failure comes back, a follow-up becomes overdue, a fix is
 * verified.
 */
@ApplicationScoped
class NotificationTriggers {

    static final String NO_GO = "NO_GO";

    @Inject
    Notifications notifications;

    void sessionGoNoGo(@Observes SessionGoNoGoChanged changed) {
        if (!NO_GO.equals(changed.current()) || NO_GO.equals(changed.previous())) {
            return;
        }
        QuarkusTransaction.joiningExisting().run(() -> {
            TestSession session = TestSession.findById(changed.sessionId());
            if (session != null) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("sessionId", session.id);
                details.put("previous", changed.previous());
                details.put("current", changed.current());
                notifications.queue(session.project, NotificationEvent.SESSION_NO_GO,
                        "Session “" + session.title + "” turned NO GO (was " + changed.previous() + ")",
                        "/sessions/" + session.id, details);
            }
        });
    }

    void failuresCameBack(@Observes ResultsIngested ingested) {
        if (ingested.reopenedFailureIds().isEmpty()) {
            return;
        }
        QuarkusTransaction.joiningExisting().run(() -> {
            TestSession session = TestSession.findById(ingested.sessionId());
            for (Long id : ingested.reopenedFailureIds()) {
                Failure failure = Failure.findById(id);
                List<FollowUp> open = FollowUp.listOpenForFailure(failure);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("failureId", failure.id);
                details.put("severity", failure.severity.name());
                details.put("sessionId", ingested.sessionId());
                details.put("preventionNotDone", open.stream().map(FollowUp::label).toList());
                notifications.queue(failure.project, NotificationEvent.FAILURE_RECURRED, "Failure #" + failure.id
                        + " came back" + (session == null ? "" : " in session “" + session.title + "”") + ": "
                        + failure.title() + (open.isEmpty() ? ""
                                : " (prevention not done: " + open.size()
                                        + " open follow-up" + (open.size() == 1 ? "" : "s") + ")"),
                        "/failures/" + failure.id, details);
            }
        });
    }

    void followUpOverdue(@Observes FollowUpBecameOverdue overdue) {
        QuarkusTransaction.joiningExisting().run(() -> {
            FollowUp followUp = FollowUp.findById(overdue.followUpId());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("followUpId", followUp.id);
            details.put("owner", followUp.ownerName());
            details.put("dueOn", String.valueOf(followUp.dueOn));
            details.put("analysisId", followUp.analysis.id);
            notifications.queue(followUp.analysis.project, NotificationEvent.FOLLOW_UP_OVERDUE,
                    followUp.label() + " is overdue (due " + followUp.dueOn + ", "
                            + (followUp.owner == null ? "nobody owns it" : "owned by " + followUp.owner.username) + ")",
                    "/follow-ups/" + followUp.id, details);
        });
    }

    void fixVerified(@Observes FixVerified verified) {
        QuarkusTransaction.joiningExisting().run(() -> {
            Fix fix = Fix.findById(verified.fixId());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("fixId", fix.id);
            details.put("analysisId", fix.analysis.id);
            details.put("note", fix.verificationNote);
            notifications.queue(fix.analysis.project, NotificationEvent.FIX_VERIFIED,
                    "Fix #" + fix.id + " verified: " + fix.summary.strip().lines().findFirst().orElse(""),
                    "/fixes/" + fix.id, details);
        });
    }
}
