package dev.fivewhys.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import com.fasterxml.jackson.annotation.JsonAlias;

import dev.fivewhys.core.Text;

/**
 * One check of a compliance audit or a stability validation, as both are written: what was checked, how it came out,
 * a score in percent (audits only) and a note (an audit's note; a stability validation's measurement). The two keep
 * notes of different lengths; each record says which with its group ({@link Noted}, {@link Measured}).
 */
public record Check(
        @NotBlank(message = "Name the check") @Size(max = Check.NAME_MAX, message = Text.AT_MOST) String name,
        @Min(value = AuditScore.MIN, message = Check.SCORE) @Max(value = AuditScore.MAX, message = Check.SCORE) Integer score,
        @NotNull(message = "{choose.CheckOutcome}") CheckOutcome outcome,
        @JsonAlias("measurement") @Size(max = 5_000, message = Text.AT_MOST, groups = Noted.class) @Size(max = Check.MEASUREMENT_MAX, message = Text.AT_MOST, groups = Measured.class) String note) {

    public static final int NAME_MAX = 200;
    public static final int MEASUREMENT_MAX = 300;
    /** How many checks one audit or validation holds. */
    public static final int MAX = 100;
    public static final String SCORE = "A percentage from 0 to 100, or empty";

    /** The checks of an audit, whose notes are long. */
    public interface Noted extends Default {
    }

    /** The checks of a stability validation, whose notes are short measurements. */
    public interface Measured extends Default {
    }

    public Check {
        name = Text.clean(name);
        note = Text.clean(note);
    }

    static Check of(AuditCheck check) {
        return new Check(check.name, check.score, check.outcome, check.note);
    }

    static Check of(StabilityCheck check) {
        return new Check(check.name, null, check.outcome, check.measurement);
    }
}
