package dev.fivewhys.impact.attention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import dev.fivewhys.impact.Durations;
import dev.fivewhys.impact.Money;

/**
 * One thing that waits on someone: what kind of thing, the record it links to, what is wrong in a few words (markdown:
 * conditions are shown as written), since when it has waited, and the revenue at risk in the sessions it touches.
 *
 * @param rank the revenue at risk as one number for ordering: monthly amounts, ARR counted as a twelfth
 */
public record AttentionItem(Kind kind, String title, String href, String detail, Instant since, Duration waiting,
        List<Money> atRisk, double rank) {

    /** The kinds of item, in the words of the page; the CSS class marks each with more than colour. */
    public enum Kind {
        NO_GO_FIX("NO GO fix"),
        FIX_WAITING_TO_DEPLOY("Ready, not deployed"),
        FAILURE_WITHOUT_ANALYSIS("No analysis"),
        ANALYSIS_WITHOUT_FIX("No fix"),
        RECURRING_FAILURE("Came back"),
        SESSION_WITHOUT_GO_NO_GO("No go/no-go"),
        FOLLOW_UP_OVERDUE("Overdue follow-up");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public AttentionItem {
        atRisk = List.copyOf(atRisk);
    }

    /** "2 d 4 h". */
    public String waited() {
        return Durations.display(waiting);
    }

    /** "$550,000 MRR", "$120,000 MRR + €30,000 MRR", or empty when nothing is at risk. */
    public String atRiskDisplay() {
        return atRisk.stream().map(Money::display).collect(Collectors.joining(" + "));
    }
}
