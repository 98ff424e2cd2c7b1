package dev.fivewhys.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** The small forms of a session's plan page: a phase, a suite of a phase, a success criterion. */
public final class PlanForms {

    private PlanForms() {
    }

    public static class PhaseForm {
        @RestForm
        @NotBlank(message = "Name the phase")
        @Size(max = 200, message = "At most 200 characters")
        public String name;

        @RestForm
        @Size(max = 20, message = "At most 20 characters, e.g. P0 or CRITICAL")
        public String priority;

        @RestForm
        @Size(max = 2000, message = "At most 2,000 characters")
        public String description;
    }

    public static class SuiteForm {
        @RestForm
        @NotBlank(message = "Give the path of the test file or suite")
        @Size(max = 500, message = "At most 500 characters")
        public String path;

        @RestForm
        @Min(value = 0, message = "Cannot be negative")
        @Max(value = 1_000_000, message = "That is more tests than a suite holds")
        public Integer expectedCount;

        @RestForm
        @Size(max = 2000, message = "At most 2,000 characters")
        public String description;
    }

    public static class CriterionForm {
        @RestForm
        @NotBlank(message = "Write the criterion")
        @Size(max = 500, message = "At most 500 characters")
        public String text;

        @RestForm
        @Pattern(regexp = "OPEN|MET|MISSED", message = "Choose open, met or missed")
        public String state = CriterionState.OPEN.name();
    }
}
