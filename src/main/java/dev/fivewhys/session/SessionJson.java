package dev.fivewhys.session;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The JSON shapes of a test session in the API. */
public final class SessionJson {

    private SessionJson() {
    }

    public record Impact(@NotNull @PositiveOrZero Long amountMinor,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "ISO currency code, e.g. USD") String currency,
            @NotNull ImpactBasis basis, @Size(max = 2000) String note, String display) {
        static Impact of(BusinessImpact impact) {
            return impact == null || !impact.isPresent() ? null
                    : new Impact(impact.amountMinor, impact.currency, impact.basis, impact.note, impact.display());
        }
    }

    public record Suite(@NotBlank @Size(max = 500) String path, @Min(0) @Max(1_000_000) Integer expectedCount,
            @Size(max = 2000) String description) {
    }

    public record Phase(@NotBlank @Size(max = 200) String name, @Size(max = 20) String priority,
            @Size(max = 2000) String description, List<@Valid Suite> suites) {
    }

    public record Criterion(@NotBlank @Size(max = 500) String text, CriterionState state) {
    }

    public record NewSession(
            @NotBlank(message = "name the project by its slug") String project,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 10000) String mission,
            @Size(max = 60) String environment,
            SessionStatus status,
            Instant startedAt,
            Instant endedAt,
            @Size(max = 5000) String target,
            @Size(max = 300) String performanceTarget,
            @Valid Impact impact,
            Long continuesSessionId,
            List<@Valid Phase> phases,
            List<@Valid Criterion> criteria) {
    }

    public record Session(long id, String url, String project, String title, String mission, String environment,
            SessionStatus status, Instant startedAt, Instant endedAt, String target, String performanceTarget,
            Impact impact, Long continuesSessionId, List<Phase> phases, List<Criterion> criteria, long version) {

        static Session of(TestSession s) {
            List<Phase> phases = s.phases.stream().map(p -> new Phase(p.name, p.priority, p.description,
                    p.suites.stream().map(x -> new Suite(x.path, x.expectedCount, x.description)).toList())).toList();
            List<Criterion> criteria = s.criteria.stream().map(c -> new Criterion(c.text, c.state)).toList();
            return new Session(s.id, "/sessions/" + s.id, s.project.slug, s.title, s.mission, s.environment, s.status,
                    s.startedAt, s.endedAt, s.target, s.performanceTarget, Impact.of(s.impact),
                    s.continues == null ? null : s.continues.id, phases, criteria, s.version);
        }
    }
}
