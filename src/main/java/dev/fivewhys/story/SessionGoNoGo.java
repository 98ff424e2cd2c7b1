package dev.fivewhys.story;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.audit.Readiness;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.project.Severity;
import dev.fivewhys.session.CriterionState;
import dev.fivewhys.session.SessionJson;
import dev.fivewhys.session.SessionSheet;
import dev.fivewhys.story.SessionStory.AnalysisStory;
import dev.fivewhys.story.SessionStory.FailureStory;
import dev.fivewhys.story.SessionStory.FixStory;

/**
 * Whether staging is ready, as the session's records say: "CLEARED FOR 1000+ TEST MARATHON" or not. Computed, never
 * typed, and explained:
 * <ul>
 * <li>a success criterion missed blocks; one not yet checked is a condition;</li>
 * <li>an open critical (P0) failure blocks unless a fix of it is ready to deploy (its own go/no-go: audit and stability),
 * which makes deploying that fix a condition; open failures of lower severity are conditions, not blockers;</li>
 * <li>a fix of an analysis started from the session about no failure seen in it counts as a critical failure's would;</li>
 * <li>a session with no results, failures or analyses has shown nothing yet, which blocks.</li>
 * </ul>
 * NO GO when anything blocks, CONDITIONAL GO when only conditions remain, GO otherwise.
 */
public final class SessionGoNoGo {

    static final String NO_RESULTS = "no test results uploaded yet";

    /**
     * @param summary what would change it ("2 critical (P0) failures open; fix #14 awaits its stability validation"),
     *        or what GO rests on
     */
    public record Decision(Readiness verdict, String summary, List<String> blockers, List<String> conditions,
            List<String> facts) {

        public Decision {
            blockers = List.copyOf(blockers);
            conditions = List.copyOf(conditions);
            facts = List.copyOf(facts);
        }

        public SessionJson.GoNoGo json() {
            return new SessionJson.GoNoGo(verdict.name(), verdict.label, summary, blockers, conditions, facts);
        }
    }

    private final List<String> blockers = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();

    private SessionGoNoGo() {
    }

    public static Decision of(SessionStory story) {
        return new SessionGoNoGo().decide(story);
    }

    private Decision decide(SessionStory story) {
        if (story.runs() == 0 && story.failures().isEmpty() && story.analyses().isEmpty()) {
            blockers.add(NO_RESULTS);
        }
        criteria(story.criteria());
        failures(story.failures());
        for (AnalysisStory analysis : story.analyses()) {
            analysis.fixes().forEach(fix -> describe(fix, "of analysis #" + analysis.analysis().id()));
            readiness("analysis #" + analysis.analysis().id(), List.of(analysis), true);
        }
        Readiness verdict = !blockers.isEmpty() ? Readiness.NO_GO
                : conditions.isEmpty() ? Readiness.GO : Readiness.CONDITIONAL_GO;
        String summary = switch (verdict) {
            case NO_GO -> sentence(blockers);
            case CONDITIONAL_GO -> sentence(conditions);
            case GO -> "Nothing blocks it and no condition is left";
        };
        return new Decision(verdict, summary, blockers, conditions, facts);
    }

    private void criteria(List<SessionSheet.Criterion> criteria) {
        if (criteria.isEmpty()) {
            facts.add("No success criteria set");
            return;
        }
        Map<CriterionState, Integer> counts = new EnumMap<>(CriterionState.class);
        for (SessionSheet.Criterion criterion : criteria) {
            counts.merge(criterion.state(), 1, Integer::sum);
            if (criterion.state() == CriterionState.MISSED) {
                blockers.add("success criterion missed: " + criterion.text());
            } else if (criterion.state() == CriterionState.OPEN) {
                conditions.add("success criterion not yet met: " + criterion.text());
            }
        }
        facts.add("Success criteria: " + counts.getOrDefault(CriterionState.MET, 0) + " of " + criteria.size() + " met, "
                + counts.getOrDefault(CriterionState.MISSED, 0) + " missed, "
                + counts.getOrDefault(CriterionState.OPEN, 0) + " not yet checked");
    }

    private void failures(List<FailureStory> failures) {
        Map<Severity, Integer> open = new EnumMap<>(Severity.class);
        failures.stream().filter(FailureStory::isOpen).forEach(f -> open.merge(f.severity(), 1, Integer::sum));
        for (Severity severity : Severity.values()) {
            int count = open.getOrDefault(severity, 0);
            if (severity != Severity.CRITICAL && count > 0) {
                conditions.add(count + " " + severity.label.toLowerCase(Locale.ROOT)
                        + (count == 1 ? " failure open" : " failures open"));
            }
        }
        facts.add(open.isEmpty() ? "No open failures"
                : "Open failures: " + open.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().label.toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
        int blocking = 0;
        int at = blockers.size();
        for (FailureStory failure : failures) {
            String name = "failure #" + failure.failure().id();
            failure.analyses().forEach(a -> a.fixes().forEach(fix -> describe(fix, "of " + name)));
            if (failure.isOpen() && failure.severity() == Severity.CRITICAL) {
                if (failure.analyses().isEmpty()) {
                    blockers.add(name + " has no analysis yet");
                    blocking++;
                } else if (!readiness(name, failure.analyses(), false)) {
                    blocking++;
                }
            }
        }
        // a critical failure whose fix is ready to deploy no longer blocks: deploying the fix is the condition
        if (blocking > 0) {
            blockers.add(at, blocking + (blocking == 1 ? " critical (P0) failure open" : " critical (P0) failures open"));
        }
    }

    /**
     * What a critical failure (or a session's own analysis) still needs: the fix that is ready becomes a condition,
     * else what the latest fix waits for blocks.
     */
    private boolean readiness(String name, List<AnalysisStory> analyses, boolean quietWithoutFix) {
        List<FixStory> fixes = analyses.stream().flatMap(a -> a.fixes().stream()).filter(f -> !f.isVerified()).toList();
        boolean verified = analyses.stream().flatMap(a -> a.fixes().stream()).anyMatch(FixStory::isVerified);
        FixStory ready = fixes.stream().filter(f -> f.decision().readyToDeploy()).reduce((a, b) -> b).orElse(null);
        if (ready != null) {
            String fix = "fix #" + ready.fix().id();
            conditions.add(ready.fix().status() == FixStatus.DEPLOYED ? fix + " is deployed: a passing run verifies it"
                    : "deploy " + fix);
            ready.decision().conditions().forEach(c -> conditions.add(fix + ": " + c));
            return true;
        }
        if (!fixes.isEmpty()) {
            FixStory latest = fixes.get(fixes.size() - 1);
            latest.decision().blockers().forEach(b -> blockers.add(waits(latest, b)));
            return false;
        }
        if (!verified && !quietWithoutFix) {
            blockers.add(name.toLowerCase(Locale.ROOT) + " has no fix yet");
            return false;
        }
        return true;
    }

    /** "fix #14 awaits its stability validation", from the fix's own go/no-go blocker. */
    static String waits(FixStory fix, String blocker) {
        String name = "fix #" + fix.fix().id();
        if (GoNoGo.NO_AUDIT.equals(blocker)) {
            return name + " awaits its compliance audit";
        }
        if (GoNoGo.NO_STABILITY.equals(blocker)) {
            return name + " awaits its stability validation";
        }
        if (GoNoGo.AUDIT_REJECTED.equals(blocker)) {
            return name + ": its compliance audit rejected it";
        }
        if (GoNoGo.STABILITY_NO_GO.equals(blocker)) {
            return name + ": its stability validation says NO GO";
        }
        return name + ": " + blocker;
    }

    private void describe(FixStory fix, String of) {
        GoNoGo.Decision decision = fix.decision();
        String line = "Fix #" + fix.fix().id() + " " + of + " (" + fix.fix().status().label.toLowerCase(Locale.ROOT) + "): "
                + (fix.isVerified() ? "verified" : decision.verdict().label);
        List<String> why = decision.readyToDeploy() ? decision.conditions() : decision.blockers();
        facts.add(fix.isVerified() || why.isEmpty() ? line : line + " — " + String.join("; ", why));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String sentence(List<String> parts) {
        return capitalized(String.join("; ", parts));
    }
}
