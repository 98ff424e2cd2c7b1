package dev.fivewhys.audit;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;

import dev.fivewhys.core.Rows;
import dev.fivewhys.core.Text;
import dev.fivewhys.web.FormErrors;

/**
 * What a stability validation says; its checks' notes are their measurements. The form, the API and the importer all
 * produce one, and {@link Reviews} writes it.
 */
public record StabilityContent(
        @Size(max = Check.MAX, message = "At most {max} checks") List<@Valid @ConvertGroup(to = Check.Measured.class) Check> checks,
        @NotNull(message = "{choose.RiskLevel}") RiskLevel riskLevel,
        @NotNull(message = "{choose.Readiness}") Readiness readiness,
        @Size(max = 20_000, message = Text.AT_MOST) String notes) implements ReviewContent<StabilityValidation> {

    public StabilityContent {
        checks = checks == null ? List.of() : List.copyOf(checks);
        notes = Text.clean(notes);
    }

    public static StabilityContent of(StabilityValidation validation) {
        return new StabilityContent(validation.checks.stream().map(Check::of).toList(), validation.riskLevel,
                validation.readiness, validation.notes);
    }

    /** Stability checks are measured, not scored. */
    @Override
    public void checkRules(FormErrors errors) {
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).score() != null) {
                errors.add("checks[" + i + "].score", "A stability check has no score; give its measurement");
            }
        }
    }

    @Override
    public void applyTo(StabilityValidation validation) {
        validation.riskLevel = riskLevel;
        validation.readiness = readiness;
        validation.notes = notes;
        Rows.replace(validation.checks, checks, () -> {
            StabilityCheck row = new StabilityCheck();
            row.validation = validation;
            return row;
        }, (row, check, position) -> {
            row.position = position;
            row.name = check.name();
            row.outcome = check.outcome();
            row.measurement = check.note();
        });
    }
}
