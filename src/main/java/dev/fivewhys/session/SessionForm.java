package dev.fivewhys.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Currency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.project.Project;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.TimeFormat;

/** The session form as typed: strings for what needs a friendly parse (times, money), checked by {@link #applyTo}. */
public class SessionForm {

    @RestForm
    @NotNull(message = "Choose the project")
    public Long projectId;

    @RestForm
    @NotBlank(message = "Give the session a title")
    @Size(max = 300, message = "At most 300 characters")
    public String title;

    @RestForm
    @Size(max = 10000, message = "At most 10,000 characters")
    public String mission;

    @RestForm
    @Size(max = 60, message = "At most 60 characters")
    public String environment;

    @RestForm
    @NotNull(message = "Choose a status")
    @Pattern(regexp = "PLANNED|RUNNING|PASSED|FAILED|BLOCKED", message = "Choose a status from the list")
    public String status = SessionStatus.PLANNED.name();

    @RestForm
    public String startedAt;

    @RestForm
    public String endedAt;

    @RestForm
    @Size(max = 5000, message = "At most 5,000 characters")
    public String target;

    @RestForm
    @Size(max = 300, message = "At most 300 characters")
    public String performanceTarget;

    @RestForm
    @Pattern(regexp = "|\\s*[0-9][0-9,]*(\\.[0-9]+)?\\s*", message = "Write an amount like 550000 or 550,000.00")
    public String impactAmount;

    @RestForm
    @Pattern(regexp = "|[A-Za-z]{3}", message = "A three-letter currency code such as USD or EUR")
    public String impactCurrency = "USD";

    @RestForm
    @Pattern(regexp = "|MRR|ARR", message = "Choose MRR or ARR")
    public String impactBasis;

    @RestForm
    @Size(max = 2000, message = "At most 2,000 characters")
    public String impactNote;

    @RestForm
    public Long continuesSessionId;

    @RestForm
    public long version;

    public static SessionForm from(TestSession session) {
        SessionForm form = new SessionForm();
        form.projectId = session.project.id;
        form.title = session.title;
        form.mission = session.mission;
        form.environment = session.environment;
        form.status = session.status.name();
        form.startedAt = TimeFormat.inputValue(session.startedAt);
        form.endedAt = TimeFormat.inputValue(session.endedAt);
        form.target = session.target;
        form.performanceTarget = session.performanceTarget;
        BusinessImpact impact = session.impact;
        if (impact != null && impact.isPresent()) {
            form.impactAmount = impact.amount().toPlainString();
            form.impactCurrency = impact.currency;
            form.impactBasis = impact.basis == null ? "" : impact.basis.name();
            form.impactNote = impact.note;
        }
        form.continuesSessionId = session.continues == null ? null : session.continues.id;
        form.version = session.version;
        return form;
    }

    /** Copies the form onto the session, adding a message per field that cannot be taken as typed. */
    void applyTo(TestSession session, FormErrors errors) {
        Project project = Project.findById(projectId);
        if (project == null) {
            errors.add("projectId", "Choose the project");
        }
        Instant started = parseTime("startedAt", startedAt, errors);
        Instant ended = parseTime("endedAt", endedAt, errors);
        if (started != null && ended != null && ended.isBefore(started)) {
            errors.add("endedAt", "A session cannot end before it starts");
        }
        BusinessImpact impact = parseImpact(errors);
        TestSession continues = null;
        if (continuesSessionId != null) {
            continues = TestSession.findById(continuesSessionId);
            if (continues == null || continues == session || (project != null && continues.project != project)) {
                errors.add("continuesSessionId", "Choose an earlier session of the same project");
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        session.project = project;
        session.title = title.trim();
        session.mission = blankToNull(mission);
        session.environment = blankToNull(environment);
        session.status = SessionStatus.valueOf(status);
        session.startedAt = started;
        session.endedAt = ended;
        session.target = blankToNull(target);
        session.performanceTarget = blankToNull(performanceTarget);
        session.impact = impact;
        session.continues = continues;
    }

    private BusinessImpact parseImpact(FormErrors errors) {
        BusinessImpact impact = new BusinessImpact();
        impact.note = blankToNull(impactNote);
        if (impactAmount == null || impactAmount.isBlank()) {
            return impact;
        }
        String currency = impactCurrency == null ? "" : impactCurrency.trim().toUpperCase();
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            errors.add("impactCurrency", "Unknown currency code");
            return impact;
        }
        try {
            impact.amountMinor = BusinessImpact.toMinor(new BigDecimal(impactAmount.trim().replace(",", "")), currency);
        } catch (ArithmeticException | NumberFormatException e) {
            errors.add("impactAmount", "Too many decimals for " + currency);
            return impact;
        }
        impact.currency = currency;
        if (impactBasis == null || impactBasis.isBlank()) {
            errors.add("impactBasis", "Say whether the amount is MRR or ARR");
        } else {
            impact.basis = ImpactBasis.valueOf(impactBasis);
        }
        return impact;
    }

    private static Instant parseTime(String field, String value, FormErrors errors) {
        try {
            return TimeFormat.parseInput(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "Write a date and time like 2025-09-09T23:05");
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
