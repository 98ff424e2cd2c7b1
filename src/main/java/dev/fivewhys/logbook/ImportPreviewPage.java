package dev.fivewhys.logbook;

import java.util.List;

import dev.fivewhys.logbook.parse.GitHubReference;
import dev.fivewhys.logbook.parse.ParsedSessionLog;
import dev.fivewhys.project.Project;
import dev.fivewhys.session.BusinessImpact;
import dev.fivewhys.session.SessionContent;
import dev.fivewhys.session.TestSession;

/**
 * What the preview page shows: what the log's text was read as, what the import would create, and the text it did not
 * recognize (kept verbatim all the same).
 *
 * @param text the log as sent, carried to the confirm form
 * @param duplicate the session this very log was imported as already, or null
 * @param problems what stops the import, or empty
 * @param failures the failures the log names, as the import will create them or see them again
 */
public record ImportPreviewPage(Project project, String text, ParsedSessionLog log, ImportPlan plan,
        TestSession duplicate, List<String> problems, List<NamedFailures.Preview> failures) {

    public boolean confirmable() {
        return duplicate == null && problems.isEmpty();
    }

    /** "$550,000 MRR", as the session page will show it. */
    public String impact() {
        SessionContent.Impact values = plan.session().impact();
        if (values == null || values.amountMinor() == null) {
            return "";
        }
        BusinessImpact impact = new BusinessImpact();
        impact.amountMinor = values.amountMinor();
        impact.currency = values.currency();
        impact.basis = values.basis();
        return impact.display();
    }

    public List<GitHubReference> issues() {
        return distinct(GitHubReference.Kind.ISSUE);
    }

    public List<GitHubReference> pullRequests() {
        return distinct(GitHubReference.Kind.PULL_REQUEST);
    }

    /** Each number once, with its URL when the log gives one; comments are listed as links. */
    private List<GitHubReference> distinct(GitHubReference.Kind kind) {
        List<GitHubReference> all = log.results().github().stream().filter(r -> r.kind() == kind && r.commentId() == null)
                .toList();
        return all.stream().map(GitHubReference::number).distinct()
                .map(n -> all.stream().filter(r -> r.number() == n && r.url() != null).findFirst()
                        .orElse(all.stream().filter(r -> r.number() == n).findFirst().orElseThrow()))
                .toList();
    }

    public int suiteCount() {
        return plan.phases().stream().mapToInt(p -> p.suites().size()).sum();
    }

    public long keptEntries() {
        return plan.entries().stream().filter(e -> e.section() != null).count();
    }
}
