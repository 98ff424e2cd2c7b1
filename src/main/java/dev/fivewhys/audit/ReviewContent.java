package dev.fivewhys.audit;

import dev.fivewhys.web.FormErrors;

/** What a compliance audit or a stability validation says; {@link Reviews} writes it onto its record. */
public interface ReviewContent<R extends FixReview> {

    void applyTo(R review);

    /** Rules between fields, beyond what each field's constraints say. */
    default void checkRules(FormErrors errors) {
    }
}
