package dev.fivewhys.session;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import dev.fivewhys.project.Project;
import dev.fivewhys.session.SessionContent.Impact;
import dev.fivewhys.web.FormErrors;

/**
 * The one writer of sessions and their plans: the pages, the API and the importer open and edit them here, so each is
 * checked by the same rules. (Timeline entries and what uploads change are written where they happen.)
 */
@ApplicationScoped
public class Sessions {

    public static final String UNKNOWN_CURRENCY = "Unknown currency code: use an ISO 4217 code such as USD or EUR";

    @Inject
    Clock clock;
    @Inject
    Validator validator;
    @Inject
    Event<StoryEvent> story;

    /** Adds a message per field the content breaks a rule of; nothing is written. */
    public void check(SessionContent content, FormErrors errors) {
        errors.addAll(validator.validate(content));
        if (content.startedAt() != null && content.endedAt() != null && content.endedAt().isBefore(content.startedAt())) {
            errors.add("endedAt", "A session cannot end before it starts");
        }
        Impact impact = content.impact();
        if (impact != null && impact.amountMinor() == null && (impact.currency() != null || impact.basis() != null)) {
            errors.add("impact.amountMinor", "Give the amount at risk");
        }
        if (impact != null && impact.amountMinor() != null) {
            if (!isCurrency(impact.currency())) {
                errors.add("impact.currency", UNKNOWN_CURRENCY);
            }
            if (impact.basis() == null) {
                errors.add("impact.basis", "Say whether the amount is MRR or ARR");
            }
        }
    }

    /** A currency of ISO 4217 in upper case; XXX, XTS, gold and other codes that are no money are not. */
    public static boolean isCurrency(String code) {
        try {
            return code != null && code.equals(code.toUpperCase(Locale.ROOT))
                    && java.util.Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public void checkPlan(List<PhaseContent> phases, List<CriterionContent> criteria, FormErrors errors) {
        for (int i = 0; i < phases.size(); i++) {
            errors.addAll("phases[" + i + "].", validator.validate(phases.get(i)));
        }
        for (int i = 0; i < criteria.size(); i++) {
            errors.addAll("criteria[" + i + "].", validator.validate(criteria.get(i)));
        }
    }

    /**
     * Opens a session of the project with its plan.
     *
     * @param continues the session it continues, or null
     * @return the new session, or null when errors were added
     */
    public TestSession open(Project project, TestSession continues, SessionContent content, List<PhaseContent> phases,
            List<CriterionContent> criteria, String actor, FormErrors errors) {
        TestSession session = new TestSession();
        check(content, errors);
        checkPlan(phases, criteria, errors);
        checkContinues(session, project, continues, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        session.project = project;
        session.continues = continues;
        content.applyTo(session);
        phases.forEach(phase -> addPhase(session, phase));
        criteria.forEach(criterion -> session.addCriterion(criterion.text(), criterion.state()));
        session.createdBy = actor;
        session.createdAt = clock.instant();
        session.updatedAt = session.createdAt;
        session.persist();
        // its first go/no-go (undecided until now), so that a later change of verdict is a change
        story.fire(StoryEvent.recheck(session.id, session.createdAt));
        return session;
    }

    /** Saves an edit of the session's own fields; nothing changes when errors were added. */
    public void save(TestSession session, Project project, TestSession continues, SessionContent content,
            FormErrors errors) {
        check(content, errors);
        checkContinues(session, project, continues, errors);
        if (errors.isEmpty()) {
            session.project = project;
            session.continues = continues;
            content.applyTo(session);
            session.updatedAt = clock.instant();
        }
    }

    private static void checkContinues(TestSession session, Project project, TestSession continues, FormErrors errors) {
        if (continues != null && (continues == session || continues.project != project)) {
            errors.add("continuesSessionId", "Choose an earlier session of the same project");
        }
    }

    /** Adds a phase at the end of the plan; nothing when errors were added. */
    public void addPhase(TestSession session, PhaseContent phase, FormErrors errors) {
        errors.addAll(validator.validate(phase));
        if (errors.isEmpty()) {
            addPhase(session, phase);
        }
    }

    private static void addPhase(TestSession session, PhaseContent content) {
        SessionPhase phase = session.addPhase(content.name(), content.priority(), content.description());
        content.suites().forEach(suite -> phase.addSuite(suite.path(), suite.expectedCount(), suite.description()));
    }

    public void addSuite(SessionPhase phase, PhaseContent.Suite suite, FormErrors errors) {
        errors.addAll(validator.validate(suite));
        if (errors.isEmpty()) {
            phase.addSuite(suite.path(), suite.expectedCount(), suite.description());
        }
    }

    public void removePhase(TestSession session, SessionPhase phase) {
        session.phases.remove(phase);
        renumber(session.phases, (p, position) -> p.position = position);
    }

    /** @return whether the session had that suite */
    public boolean removeSuite(TestSession session, long suiteId) {
        for (SessionPhase phase : session.phases) {
            if (phase.suites.removeIf(s -> s.id == suiteId)) {
                renumber(phase.suites, (s, position) -> s.position = position);
                return true;
            }
        }
        return false;
    }

    public void addCriterion(TestSession session, CriterionContent criterion, FormErrors errors) {
        errors.addAll(validator.validate(criterion));
        if (errors.isEmpty()) {
            session.addCriterion(criterion.text(), criterion.state());
            story.fire(StoryEvent.recheck(session.id, clock.instant()));
        }
    }

    public void markCriterion(SuccessCriterion criterion, CriterionState state) {
        criterion.state = state;
        story.fire(StoryEvent.recheck(criterion.session.id, clock.instant()));
    }

    /** @return whether the session had that criterion */
    public boolean removeCriterion(TestSession session, long criterionId) {
        boolean removed = session.criteria.removeIf(c -> c.id == criterionId);
        renumber(session.criteria, (c, position) -> c.position = position);
        if (removed) {
            story.fire(StoryEvent.recheck(session.id, clock.instant()));
        }
        return removed;
    }

    private interface Numbering<T> {
        void set(T row, int position);
    }

    private static <T> void renumber(List<T> rows, Numbering<T> numbering) {
        for (int i = 0; i < rows.size(); i++) {
            numbering.set(rows.get(i), i + 1);
        }
    }
}
