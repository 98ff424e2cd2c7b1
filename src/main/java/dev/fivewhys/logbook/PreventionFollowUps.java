package dev.fivewhys.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.followup.FollowUps;

/**
 * A log that lists prevention steps under an analysis gets a follow-up per step, as the analysis page's "one per
 * prevention line" would make them: open, to be given an owner and a due date.
 */
@ApplicationScoped
class PreventionFollowUps {

    @Inject
    FollowUps followUps;

    void addFor(Analysis analysis, String actor) {
        if (analysis != null) {
            followUps.addFromPrevention(analysis, actor);
        }
    }
}
