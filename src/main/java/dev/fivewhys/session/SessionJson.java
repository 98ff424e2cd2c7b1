package dev.fivewhys.session;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of a test session in the API. */
public final class SessionJson {

    private SessionJson() {
    }

    /** A business impact as the API reads it; display is how the pages show it. */
    public record Impact(Long amountMinor, String currency, ImpactBasis basis, String note, String display) {
        static Impact of(BusinessImpact impact) {
            return impact == null || !impact.isPresent() ? null
                    : new Impact(impact.amountMinor, impact.currency, impact.basis, impact.note, impact.display());
        }
    }

    /**
     * What CI sends to open a session: its content (status RUNNING and startedAt now unless given; the impact in minor
     * units) with the project's slug, the session it continues and its plan.
     */
    public record NewSession(String project, String title, String mission, String environment, SessionStatus status,
            Instant startedAt, Instant endedAt, String target, String performanceTarget, SessionContent.Impact impact,
            Long continuesSessionId, List<PhaseContent> phases, List<CriterionContent> criteria) {

        SessionContent content(Instant now) {
            return new SessionContent(title, mission, environment, status == null ? SessionStatus.RUNNING : status,
                    startedAt == null ? now : startedAt, endedAt, target, performanceTarget, impact);
        }
    }

    /**
     * The session's go/no-go: {@code verdict} GO, CONDITIONAL_GO or NO_GO ({@code label} as the logs write it), what
     * would change it, what blocks it, the conditions that come with it, and the facts it was decided on.
     */
    public record GoNoGo(String verdict, String label, String summary, List<String> blockers, List<String> conditions,
            List<String> facts) {
    }

    public record Session(long id, String url, String project, String title, String mission, String environment,
            SessionStatus status, Instant startedAt, Instant endedAt, String target, String performanceTarget,
            Impact impact, Long continuesSessionId, List<PhaseContent> phases, List<CriterionContent> criteria,
            GoNoGo goNoGo, long version) {

        static Session of(TestSession s, GoNoGo goNoGo) {
            return of(s, s.phases.stream().map(PhaseContent::of).toList(),
                    s.criteria.stream().map(CriterionContent::of).toList(), goNoGo);
        }

        static Session of(TestSession s, List<PhaseContent> phases, List<CriterionContent> criteria, GoNoGo goNoGo) {
            return new Session(s.id, "/sessions/" + s.id, s.project.slug, s.title, s.mission, s.environment, s.status,
                    s.startedAt, s.endedAt, s.target, s.performanceTarget, Impact.of(s.impact),
                    s.continues == null ? null : s.continues.id, phases, criteria, goNoGo, s.version);
        }
    }
}
