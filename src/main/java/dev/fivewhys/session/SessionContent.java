package dev.fivewhys.session;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.fivewhys.core.Text;

/**
 * What a session says of itself, apart from its project, the session it continues and its plan: the form, the API and
 * the importer all produce one, and {@link Sessions} checks and writes it.
 *
 * @param impact null when the session names no business impact
 */
public record SessionContent(
        @NotBlank(message = "Give the session a title") @Size(max = 300, message = Text.AT_MOST) String title,
        @Size(max = 10_000, message = Text.AT_MOST) String mission,
        @Size(max = 60, message = Text.AT_MOST) String environment,
        @NotNull(message = "{choose.SessionStatus}") SessionStatus status,
        Instant startedAt,
        Instant endedAt,
        @Size(max = 5_000, message = Text.AT_MOST) String target,
        @Size(max = 300, message = Text.AT_MOST) String performanceTarget,
        @Valid Impact impact) {

    /**
     * Revenue at risk in integer minor units of an ISO 4217 currency, monthly or annual; a note alone is allowed (no
     * amount yet), an amount needs its currency and basis ({@link Sessions} says so).
     */
    @Schema(name = "ImpactWrite")
    public record Impact(@PositiveOrZero(message = "An amount at risk cannot be negative") Long amountMinor,
            String currency, ImpactBasis basis, @Size(max = 2_000, message = Text.AT_MOST) String note) {

        public Impact {
            currency = Text.clean(currency);
            note = Text.clean(note);
        }

        static Impact of(BusinessImpact impact) {
            Impact content = new Impact(impact.amountMinor, impact.currency, impact.basis, impact.note);
            return content.equals(new Impact(null, null, null, null)) ? null : content;
        }

        void applyTo(BusinessImpact impact) {
            impact.amountMinor = amountMinor;
            impact.currency = currency;
            impact.basis = basis;
            impact.note = note;
        }
    }

    public SessionContent {
        title = Text.clean(title);
        mission = Text.clean(mission);
        environment = Text.clean(environment);
        target = Text.clean(target);
        performanceTarget = Text.clean(performanceTarget);
    }

    public static SessionContent of(TestSession session) {
        return new SessionContent(session.title, session.mission, session.environment, session.status,
                session.startedAt, session.endedAt, session.target, session.performanceTarget,
                session.impact == null ? null : Impact.of(session.impact));
    }

    void applyTo(TestSession session) {
        session.title = title;
        session.mission = mission;
        session.environment = environment;
        session.status = status;
        session.startedAt = startedAt;
        session.endedAt = endedAt;
        session.target = target;
        session.performanceTarget = performanceTarget;
        (impact == null ? new Impact(null, null, null, null) : impact).applyTo(session.impact);
    }
}
