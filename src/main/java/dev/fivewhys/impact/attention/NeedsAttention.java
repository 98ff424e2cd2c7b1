package dev.fivewhys.impact.attention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.fivewhys.impact.ImpactFilter;

/**
 * What waits on someone, across every kind of item: sorted by the revenue at risk in the sessions each touches, then by
 * how long it has waited. Each kind returns its own best items; the page lists the best of all of them.
 */
@ApplicationScoped
public class NeedsAttention {

    static final int LISTED = 20;

    /** Most at risk first, then the longest waiting; ties in a fixed order so the list does not shuffle. */
    static final Comparator<AttentionItem> ORDER = Comparator.comparingDouble(AttentionItem::rank).reversed()
            .thenComparing(AttentionItem::since).thenComparing(AttentionItem::kind).thenComparing(AttentionItem::href);

    @Inject
    @Any
    Instance<AttentionSource> sources;

    /** The items listed, and how many there are of every kind together. */
    public record View(List<AttentionItem> items, long total) {
        public long more() {
            return total - items.size();
        }
    }

    public View of(ImpactFilter filter, Instant now) {
        List<AttentionItem> items = new ArrayList<>();
        long total = 0;
        for (AttentionSource source : sources) {
            AttentionSource.Found found = source.find(filter, now, LISTED);
            items.addAll(found.items());
            total += found.total();
        }
        items.sort(ORDER);
        return new View(List.copyOf(items.subList(0, Math.min(LISTED, items.size()))), total);
    }
}
