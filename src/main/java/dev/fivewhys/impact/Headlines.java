package dev.fivewhys.impact;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.impact.RecoveryFigures.Recovery;
import dev.fivewhys.impact.RevenueAtRisk.ProjectRisk;
import dev.fivewhys.project.Severity;

/**
 * The page's headline figures, each with its change against the previous period of the same length: revenue at risk
 * and open failures against their values when the period began, time to recovery and failures that came back against
 * the period before.
 */
@ApplicationScoped
public class Headlines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    @Inject
    FailureFigures failures;

    /** Revenue at risk of one currency and basis: now, from how many sessions, and its change. */
    public record Risk(Money money, long sessions, Change change) {
    }

    public record SeverityCount(Severity severity, long open, Change change) {
    }

    public record View(String since, String previousPeriod, List<Risk> risk, long openFailures, Change openChange,
            List<SeverityCount> openBySeverity, Recovery recovery, Change recoveryChange, long cameBack,
            Change cameBackChange) {

        public String recoveryMedian() {
            return Durations.display(recovery.median());
        }

        public String recoveryP90() {
            return Durations.display(recovery.p90());
        }
    }

    /**
     * @param riskAtStart revenue at risk when the period began
     * @param recovery time to recovery in the period and the one before it
     */
    public View of(ImpactFilter filter, Period period, List<ProjectRisk> riskNow, List<ProjectRisk> riskAtStart,
            RecoveryFigures.History recovery, ZoneId zone) {
        String since = "on " + DAY.format(period.from().atZone(zone));
        String previous = "in " + period.previous().display(zone);

        Map<String, Risk> risk = new LinkedHashMap<>();
        Map<String, Money> before = totals(riskAtStart);
        totals(riskNow).forEach((kind, money) -> risk.put(kind, new Risk(money, sessions(riskNow, kind),
                Change.ofMoney(money, before.getOrDefault(kind, money.zero()), since))));
        before.forEach((kind, money) -> risk.computeIfAbsent(kind,
                k -> new Risk(money.zero(), 0, Change.ofMoney(money.zero(), money, since))));

        FailureFigures.Open opened = failures.openNowAndAt(filter, period.from());
        Map<Severity, Long> openNow = opened.now();
        Map<Severity, Long> openBefore = opened.at();
        List<SeverityCount> bySeverity = new ArrayList<>();
        openNow.forEach((severity, count) -> bySeverity.add(
                new SeverityCount(severity, count, Change.ofCount(count, openBefore.get(severity), since))));
        long open = sum(openNow);

        Recovery recovered = recovery.period();
        Recovery recoveredBefore = recovery.previous();
        FailureFigures.CameBack cameBack = failures.cameBack(filter, period);
        return new View(since, previous, List.copyOf(risk.values()), open, Change.ofCount(open, sum(openBefore), since),
                bySeverity, recovered, Change.ofDuration(recovered.median(), recoveredBefore.median(), previous),
                cameBack.inPeriod(), Change.ofCount(cameBack.inPeriod(), cameBack.before(), previous));
    }

    /** Per currency and basis ("USD MRR"), in a fixed order. */
    private static Map<String, Money> totals(List<ProjectRisk> risks) {
        Map<String, Money> totals = new TreeMap<>();
        for (ProjectRisk r : risks) {
            totals.merge(r.money().kind(), r.money(), Money::plus);
        }
        return totals;
    }

    private static long sessions(List<ProjectRisk> risks, String kind) {
        return risks.stream().filter(r -> r.money().kind().equals(kind)).mapToLong(ProjectRisk::sessions).sum();
    }

    private static long sum(Map<Severity, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
