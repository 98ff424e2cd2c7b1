package dev.fivewhys.session;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.fivewhys.core.Text;

/** A phase of a session's plan with its suites, as the plan page, the API and the importer give it. */
public record PhaseContent(
        @NotBlank(message = "Name the phase") @Size(max = 200, message = Text.AT_MOST) String name,
        @Size(max = 20, message = "At most {max} characters, e.g. P0 or CRITICAL") String priority,
        @Size(max = 2_000, message = Text.AT_MOST) String description,
        List<@Valid Suite> suites) {

    /** A test file or suite the phase runs; expectedCount null: not known. */
    public record Suite(
            @NotBlank(message = "Give the path of the test file or suite") @Size(max = 500, message = Text.AT_MOST) String path,
            @Min(value = 0, message = "Cannot be negative") @Max(value = 1_000_000, message = "That is more tests than a suite holds") Integer expectedCount,
            @Size(max = 2_000, message = Text.AT_MOST) String description) {

        public Suite {
            path = Text.clean(path);
            description = Text.clean(description);
        }

        static Suite of(PhaseSuite suite) {
            return new Suite(suite.path, suite.expectedCount, suite.description);
        }
    }

    public PhaseContent {
        name = Text.clean(name);
        priority = Text.clean(priority);
        description = Text.clean(description);
        suites = suites == null ? List.of() : List.copyOf(suites);
    }

    public static PhaseContent of(SessionPhase phase) {
        return new PhaseContent(phase.name, phase.priority, phase.description,
                phase.suites.stream().map(Suite::of).toList());
    }
}
