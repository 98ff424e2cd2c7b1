package dev.fivewhys.impact.attention;

import java.time.Instant;
import java.util.List;

import dev.fivewhys.impact.ImpactFilter;

/**
 * One kind of "Needs attention" item that reads its items itself. Each kind is a bean of its own; {@link NeedsAttention}
 * gathers every bean of this type and of {@link RankedSource}, so a new kind plugs in by adding a class.
 */
public interface AttentionSource {

    /** Items of the kind: the most revenue at risk first, then the longest waiting; at most {@code limit}. */
    Found find(ImpactFilter filter, Instant now, int limit);

    /** The items listed and how many there are in all. */
    record Found(List<AttentionItem> items, long total) {
        public Found {
            items = List.copyOf(items);
        }
    }
}
