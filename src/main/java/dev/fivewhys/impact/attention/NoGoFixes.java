package dev.fivewhys.impact.attention;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.impact.FixDecisions;
import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.web.Markdown;

/** Fixes not yet verified whose go/no-go says NO GO, with what blocks them; waiting since the fix was recorded. */
@ApplicationScoped
class NoGoFixes implements RankedSource {

    @Inject
    FixDecisions decisions;

    @Override
    public RankedByRisk.Items items(ImpactFilter filter, Instant now) {
        return WaitingFixes.of(WaitingFixes.Waits.NO_GO, "", filter);
    }

    @Override
    public AttentionSource.Found found(RankedByRisk.Rows rows) {
        Map<Long, GoNoGo.Decision> decided = decisions.of(rows.rows().stream().map(RankedByRisk.Row::id).toList());
        return new AttentionSource.Found(rows.rows().stream().map(row -> new AttentionItem(AttentionItem.Kind.NO_GO_FIX,
                title(row), "/fixes/" + row.id(),
                "Blocked by: " + String.join("; ", decided.get(row.id()).blockers()), row.since(), row.waiting(),
                row.atRisk(), row.rank())).toList(), rows.total());
    }

    /** "Fix #12: Restore get_db_session_factory", for a row whose first column is the fix's summary (markdown). */
    static String title(RankedByRisk.Row row) {
        return "Fix #" + row.id() + ": " + Markdown.toPlainText(row.text(0));
    }
}
