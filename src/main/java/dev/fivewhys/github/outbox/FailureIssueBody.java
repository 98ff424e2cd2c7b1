package dev.fivewhys.github.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.github.client.IssueContent;
import dev.fivewhys.github.client.Markers;
import dev.fivewhys.session.BusinessImpact;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.web.TimeFormat;

/** Writes what a failure's GitHub issue says: problem, signature, where it hit, what it puts at risk. */
@ApplicationScoped
public class FailureIssueBody {

    static final String FIVE_WHYS_LABEL = "five-whys";
    static final String SEVERITY_LABEL = "severity:";
    private static final int TESTS_LISTED = 20;

    @Inject
    EntityManager em;
    @Inject
    FiveWhysConfig config;
    @Inject
    FollowUpTaskList followUps;

    public IssueContent contentOf(Failure failure) {
        return new IssueContent("[Five Whys] " + failure.title(), bodyOf(failure), labelsOf(failure), SEVERITY_LABEL);
    }

    List<String> labelsOf(Failure failure) {
        List<String> labels = new ArrayList<>(failure.project.defaultLabelList());
        labels.add(SEVERITY_LABEL + failure.severity.name().toLowerCase(Locale.ROOT));
        labels.add(FIVE_WHYS_LABEL);
        return labels.stream().distinct().toList();
    }

    String bodyOf(Failure failure) {
        StringBuilder md = new StringBuilder();
        md.append(Markers.marker("failure", failure.id)).append("\n");
        md.append("## Problem\n\n");
        md.append("**").append(failure.title()).append("**\n\n");
        if (failure.sampleMessage != null && !failure.sampleMessage.isBlank()) {
            md.append("```\n").append(fence(failure.sampleMessage)).append("\n```\n\n");
        }
        md.append("| | |\n|---|---|\n");
        md.append("| Severity | ").append(failure.severity.label).append(" |\n");
        md.append("| Status | ").append(failure.status.label).append(failure.recurring ? " (recurring)" : "").append(" |\n");
        md.append("| Occurrences | ").append(failure.occurrences).append(" in ").append(failure.affectedTests)
                .append(" test(s) |\n");
        md.append("| First seen | ").append(TimeFormat.display(failure.firstSeenAt)).append(" |\n");
        md.append("| Last seen | ").append(TimeFormat.display(failure.lastSeenAt)).append(" |\n");
        impactAtRisk(failure).ifPresent(impact -> md.append("| Business impact | ").append(impact).append(" |\n"));
        md.append("\n**Signature:** `").append(failure.signature.replace("`", "'")).append("`\n\n");
        List<String> tests = affectedTests(failure);
        if (!tests.isEmpty()) {
            md.append("## Affected tests\n\n");
            tests.forEach(t -> md.append("- `").append(t.replace("`", "'")).append("`\n"));
            if (failure.affectedTests > tests.size()) {
                md.append("- … and ").append(failure.affectedTests - tests.size()).append(" more\n");
            }
            md.append("\n");
        }
        md.append(followUps.of(failure));
        md.append("---\n[Open in Five Whys](").append(link("/failures/" + failure.id)).append(")\n");
        return md.toString();
    }

    String link(String path) {
        return config.absolute(path);
    }

    private Optional<String> impactAtRisk(Failure failure) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.impact_amount_minor, s.impact_currency, s.impact_basis, s.id from failure_occurrence o
                join test_session s on s.id = o.session_id
                where o.failure_id = ?1 and s.impact_amount_minor is not null
                order by o.last_seen_at desc limit 1
                """).setParameter(1, failure.id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        BusinessImpact impact = new BusinessImpact();
        impact.amountMinor = ((Number) row[0]).longValue();
        impact.currency = (String) row[1];
        impact.basis = row[2] == null ? null : ImpactBasis.valueOf((String) row[2]);
        return Optional.of(impact.display() + " at risk ([session #" + row[3] + "]("
                + link("/sessions/" + row[3]) + "))");
    }

    @SuppressWarnings("unchecked")
    private List<String> affectedTests(Failure failure) {
        return em.createNativeQuery(
                "select test_key from failure_test where failure_id = ?1 order by occurrences desc, test_key limit "
                        + TESTS_LISTED)
                .setParameter(1, failure.id).getResultList();
    }

    /** A message cannot close the code fence it is quoted in. */
    private static String fence(String text) {
        String trimmed = text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
        return trimmed.replace("```", "'''");
    }
}
