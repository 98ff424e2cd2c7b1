package dev.fivewhys.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import dev.fivewhys.fix.Fix;
import dev.fivewhys.session.StoryEvent;
import dev.fivewhys.web.FormErrors;

/**
 * The one writer of compliance audits and stability validations: the pages, the API and the importer record and
 * correct them here, so each is checked by the same rules (its content's constraints and rules).
 */
@ApplicationScoped
public class Reviews {

    @Inject
    Clock clock;
    @Inject
    Validator validator;
    @Inject
    Event<StoryEvent> story;

    /** Adds a message per field the content breaks a rule of; nothing is written. */
    public void check(ReviewContent<?> content, FormErrors errors) {
        errors.addAll(validator.validate(content));
        content.checkRules(errors);
    }

    /**
     * Records a new audit or validation of the fix.
     *
     * @param review a new, empty record of the content's kind
     * @return the recorded one, or null when errors were added
     */
    public <R extends FixReview> R record(Fix fix, R review, ReviewContent<R> content, String actor, FormErrors errors) {
        check(content, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        Instant now = clock.instant();
        review.fix = fix;
        review.recordedBy = actor;
        review.recordedAt = now;
        review.updatedAt = now;
        content.applyTo(review);
        review.persist();
        story.fire(ReviewStory.event(review, false, actor, now));
        return review;
    }

    /** Corrects one; nothing changes when errors were added. */
    public <R extends FixReview> void save(R review, ReviewContent<R> content, String actor, FormErrors errors) {
        check(content, errors);
        if (errors.isEmpty()) {
            content.applyTo(review);
            review.updatedAt = clock.instant();
            story.fire(ReviewStory.event(review, true, actor, review.updatedAt));
        }
    }
}
