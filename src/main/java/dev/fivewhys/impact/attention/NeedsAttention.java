package dev.fivewhys.impact.attention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
    @Inject
    @Any
    Instance<RankedSource> rankedSources;
    @Inject
    RankedByRisk ranking;

    /** The items listed, how many there are of every kind together, and of each kind. */
    public record View(List<AttentionItem> items, long total, Map<AttentionItem.Kind, Long> counts) {
        public long more() {
            return total - items.size();
        }

        /** How many follow-ups are past their due date and not done. */
        public long overdueFollowUps() {
            return counts.getOrDefault(AttentionItem.Kind.FOLLOW_UP_OVERDUE, 0L);
        }
    }

    public View of(ImpactFilter filter, Instant now) {
        List<AttentionSource.Found> kinds = new ArrayList<>();
        List<RankedSource> ranked = rankedSources.stream().toList();
        List<RankedByRisk.Rows> rows = ranking.run(ranked.stream().map(source -> source.items(filter, now)).toList(),
                filter, now, LISTED);
        for (int k = 0; k < ranked.size(); k++) {
            kinds.add(ranked.get(k).found(rows.get(k)));
        }
        for (AttentionSource source : sources) {
            kinds.add(source.find(filter, now, LISTED));
        }
        List<AttentionItem> items = new ArrayList<>();
        long total = 0;
        Map<AttentionItem.Kind, Long> counts = new EnumMap<>(AttentionItem.Kind.class);
        for (AttentionSource.Found found : kinds) {
            items.addAll(found.items());
            total += found.total();
            // a kind with any item lists at least one, which names the kind
            found.items().stream().findFirst().ifPresent(item -> counts.merge(item.kind(), found.total(), Long::sum));
        }
        items.sort(ORDER);
        return new View(List.copyOf(items.subList(0, Math.min(LISTED, items.size()))), total, Map.copyOf(counts));
    }
}
