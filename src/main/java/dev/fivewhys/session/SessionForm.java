package dev.fivewhys.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.Choices;
import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.project.Project;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.TimeFormat;

/**
 * The session form as typed: strings for what needs a friendly but strict reading (times, money), turned into
 * {@link SessionContent} by {@link #content}. The business impact's messages are shown beside its four fields.
 */
public class SessionForm {

    /** 550000, 550,000 or 550,000.00: digits, commas only between groups of three, and a fraction. */
    private static final Pattern AMOUNT = Pattern.compile("(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.[0-9]+)?");
    private static final String WRITE_AN_AMOUNT = "Write an amount like 550000 or 550,000.00";
    private static final Map<String, String> IMPACT_FIELDS = Map.of("impact.amountMinor", "impactAmount",
            "impact.currency", "impactCurrency", "impact.basis", "impactBasis", "impact.note", "impactNote");

    @RestForm
    public Long projectId;

    @RestForm
    public String title;

    @RestForm
    public String mission;

    @RestForm
    public String environment;

    @RestForm
    public String status = SessionStatus.PLANNED.name();

    @RestForm
    public String startedAt;

    @RestForm
    public String endedAt;

    @RestForm
    public String target;

    @RestForm
    public String performanceTarget;

    @RestForm
    public String impactAmount;

    @RestForm
    public String impactCurrency = "USD";

    @RestForm
    public String impactBasis;

    @RestForm
    public String impactNote;

    @RestForm
    public Long continuesSessionId;

    @RestForm
    public long version;

    /** Continuing a session: the phases of its plan to carry over (by id; each unchecked one is left behind). */
    @RestForm
    public List<Long> carryPhaseIds = new ArrayList<>();

    /** Continuing a session: its success criteria, one a line, as the new session starts with them (open again). */
    @RestForm
    public String criteriaText;

    /** Continuing a session: its plan and criteria, and its business impact (all editable before saving). */
    void carryFrom(TestSession previous) {
        projectId = previous.project.id;
        title = previous.title;
        mission = previous.mission;
        environment = previous.environment;
        target = previous.target;
        performanceTarget = previous.performanceTarget;
        BusinessImpact impact = previous.getImpact();
        if (impact.isPresent()) {
            impactAmount = impact.amount().toPlainString();
            impactCurrency = impact.currency;
            impactBasis = impact.basis == null ? "" : impact.basis.name();
            impactNote = impact.note;
        }
        carryPhaseIds = new ArrayList<>(previous.phases.stream().map(p -> p.id).toList());
        criteriaText = previous.criteria.stream().map(c -> c.text).collect(Collectors.joining("\n"));
    }

    /** The phases carried over from the session it continues, in its order. */
    List<PhaseContent> carriedPhases(TestSession continues) {
        if (continues == null || carryPhaseIds == null) {
            return List.of();
        }
        return continues.phases.stream().filter(p -> carryPhaseIds.contains(p.id)).map(PhaseContent::of).toList();
    }

    /** The criteria as written, one a line, each open: whether the new session meets them is still to be seen. */
    List<CriterionContent> carriedCriteria() {
        if (criteriaText == null) {
            return List.of();
        }
        return criteriaText.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> new CriterionContent(line, CriterionState.OPEN)).toList();
    }

    public static SessionForm from(TestSession session) {
        SessionContent content = SessionContent.of(session);
        SessionForm form = new SessionForm();
        form.projectId = session.project.id;
        form.title = content.title();
        form.mission = content.mission();
        form.environment = content.environment();
        form.status = content.status().name();
        form.startedAt = TimeFormat.inputValue(content.startedAt());
        form.endedAt = TimeFormat.inputValue(content.endedAt());
        form.target = content.target();
        form.performanceTarget = content.performanceTarget();
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

    /** The project chosen; null with a message when none is. */
    Project project(FormErrors errors) {
        Project project = projectId == null ? null : Project.findById(projectId);
        if (project == null) {
            errors.add("projectId", "Choose the project");
        }
        return project;
    }

    /** The session it continues, or null; a message when the one chosen is not there. */
    TestSession continues(FormErrors errors) {
        TestSession continues = continuesSessionId == null ? null : TestSession.findById(continuesSessionId);
        if (continuesSessionId != null && continues == null) {
            errors.add("continuesSessionId", "Choose an earlier session of the same project");
        }
        return continues;
    }

    /** What the form says, read strictly: each value that cannot be taken as typed adds its message. */
    SessionContent content(FormErrors errors) {
        SessionStatus chosen = errors.read("status", () -> Choices.parse(SessionStatus.class, status));
        Instant started = errors.read("startedAt", () -> time(startedAt));
        Instant ended = errors.read("endedAt", () -> time(endedAt));
        return new SessionContent(title, mission, environment, chosen, started, ended, target, performanceTarget,
                impact(errors));
    }

    /** Messages about the impact go beside its fields. */
    static FormErrors placed(FormErrors errors) {
        return errors.renamed(field -> field.startsWith("criteria[") ? "criteriaText"
                : field.startsWith("phases[") ? FormErrors.FORM : IMPACT_FIELDS.getOrDefault(field, field));
    }

    /** No amount: no impact but its note. Currency and basis count only with an amount, as the form always sends a currency. */
    private SessionContent.Impact impact(FormErrors errors) {
        if (impactAmount == null || impactAmount.isBlank()) {
            return new SessionContent.Impact(null, null, null, impactNote);
        }
        String currency = impactCurrency == null ? "" : impactCurrency.strip().toUpperCase(Locale.ROOT);
        ImpactBasis basis = errors.read("impactBasis",
                () -> Choices.parseChosen(ImpactBasis.class, impactBasis));
        if (!Sessions.isCurrency(currency)) {
            errors.add("impactCurrency", Sessions.UNKNOWN_CURRENCY);
            return new SessionContent.Impact(null, null, null, impactNote);
        }
        Long minor = errors.read("impactAmount", () -> minorUnits(impactAmount.strip(), currency));
        return new SessionContent.Impact(minor, currency, basis, impactNote);
    }

    private static long minorUnits(String amount, String currency) {
        if (!AMOUNT.matcher(amount).matches()) {
            throw new ValidationProblem(WRITE_AN_AMOUNT);
        }
        try {
            return BusinessImpact.toMinor(new BigDecimal(amount.replace(",", "")), currency);
        } catch (ArithmeticException e) {
            throw new ValidationProblem(
                    new BigDecimal(amount.replace(",", "")).scale() > BusinessImpact.fractionDigits(currency)
                            ? "Too many decimals for " + currency
                            : "That amount is too large");
        }
    }

    private static Instant time(String value) {
        try {
            return TimeFormat.parseInput(value);
        } catch (DateTimeParseException e) {
            throw new ValidationProblem("Write a date and time like 2025-09-09T23:05");
        }
    }
}
