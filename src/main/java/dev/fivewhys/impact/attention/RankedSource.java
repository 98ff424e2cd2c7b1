package dev.fivewhys.impact.attention;

import java.time.Instant;

import dev.fivewhys.impact.ImpactFilter;

/**
 * A kind of "Needs attention" item ranked by the revenue at risk of the sessions it touches: {@link NeedsAttention}
 * ranks the items of every such kind in one statement ({@link RankedByRisk}), then each kind makes its items of its
 * rows.
 */
interface RankedSource {

    /** The query of the kind's items. */
    RankedByRisk.Items items(ImpactFilter filter, Instant now);

    /** The kind's items, of its ranked rows. */
    AttentionSource.Found found(RankedByRisk.Rows rows);
}
