package dev.fivewhys.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.fivewhys.core.Text;

/** A success criterion of a session: what must hold, and whether it was met; a new one is open unless said. */
public record CriterionContent(
        @NotBlank(message = "Write the criterion") @Size(max = 500, message = Text.AT_MOST) String text,
        CriterionState state) {

    public CriterionContent {
        text = Text.clean(text);
        state = state == null ? CriterionState.OPEN : state;
    }

    public static CriterionContent of(SuccessCriterion criterion) {
        return new CriterionContent(criterion.text, criterion.state);
    }
}
