package dev.fivewhys.followup;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.FailureEvent;
import dev.fivewhys.result.ResultsIngested;

/**
 * A failure that comes back while follow-ups of its analyses are still open says so in its history, naming them: the
 * prevention they stand for was not done. (Its page shows the open ones for as long as they stay open.) Runs in the
 * upload's transaction, as ResultsIngested is fired inside it.
 */
@ApplicationScoped
public class PreventionNotDone {

    public static final String EVENT = "PREVENTION_NOT_DONE";

    @Inject
    Clock clock;

    void onResults(@Observes ResultsIngested event) {
        for (Long failureId : event.reopenedFailureIds()) {
            Failure failure = Failure.findById(failureId);
            List<FollowUp> open = failure == null ? List.of() : FollowUp.listOpenForFailure(failure);
            if (!open.isEmpty()) {
                FailureEvent.record(failure, clock.instant(), EVENT, "Came back while prevention was not done: "
                        + open.stream().map(FollowUp::label).collect(Collectors.joining("; ")), null, null);
            }
        }
    }
}
