package dev.fivewhys.session;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.Choices;
import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.web.FormErrors;

/**
 * The small forms of a session's plan page: a phase, a suite of a phase, a success criterion. Each reads what was
 * typed into its content; {@link Sessions} checks and writes it.
 */
public final class PlanForms {

    private PlanForms() {
    }

    public static class PhaseForm {
        @RestForm
        public String name;

        @RestForm
        public String priority;

        @RestForm
        public String description;

        PhaseContent content() {
            return new PhaseContent(name, priority, description, List.of());
        }
    }

    public static class SuiteForm {
        @RestForm
        public String path;

        /** A whole number, or empty when not known. */
        @RestForm
        public String expectedCount;

        @RestForm
        public String description;

        PhaseContent.Suite content(FormErrors errors) {
            Integer count = errors.read("expectedCount", () -> count(expectedCount));
            return new PhaseContent.Suite(path, count, description);
        }

        private static Integer count(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            if (!text.strip().matches("-?[0-9]{1,9}")) {
                throw new ValidationProblem("Write the number of tests, e.g. 25");
            }
            return Integer.valueOf(text.strip());
        }
    }

    public static class CriterionForm {
        @RestForm
        public String text;

        @RestForm
        public String state = CriterionState.OPEN.name();

        CriterionState state(FormErrors errors) {
            return errors.read("state", () -> Choices.parse(CriterionState.class, state));
        }

        CriterionContent content(FormErrors errors) {
            return new CriterionContent(text, state(errors));
        }
    }
}
