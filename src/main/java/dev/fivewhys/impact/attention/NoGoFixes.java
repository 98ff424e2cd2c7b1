package dev.fivewhys.impact.attention;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.impact.ImpactFilter;
import dev.fivewhys.web.Markdown;

/** Fixes not yet verified whose go/no-go says NO GO, with what blocks them; waiting since the fix was recorded. */
@ApplicationScoped
class NoGoFixes implements RankedSource {

    @Override
    public RankedByRisk.Items items(ImpactFilter filter, Instant now) {
        return WaitingFixes.of(WaitingFixes.Waits.NO_GO, "", filter);
    }

    @Override
    public AttentionSource.Found found(RankedByRisk.Rows rows) {
        return new AttentionSource.Found(rows.rows().stream().map(row -> new AttentionItem(AttentionItem.Kind.NO_GO_FIX,
                title(row), "/fixes/" + row.id(), "Blocked by: " + String.join("; ", WaitingFixes.decision(row).blockers()),
                row.since(), row.waiting(), row.atRisk(), row.rank())).toList(), rows.total());
    }

    /** "Fix #12: Restore get_db_session_factory", for a row whose first column is the fix's summary (markdown). */
    static String title(RankedByRisk.Row row) {
        return "Fix #" + row.id() + ": " + Markdown.toPlainText(row.text(0));
    }
}
