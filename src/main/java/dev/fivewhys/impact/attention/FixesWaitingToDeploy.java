package dev.fivewhys.impact.attention;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.impact.FixDecisions;
import dev.fivewhys.impact.ImpactFilter;

/**
 * Fixes whose go/no-go says GO or CONDITIONAL GO but that are not deployed yet (proposed or merged), waiting since the
 * later of their latest audit and stability validation: since they became ready. Conditions are listed as written.
 */
@ApplicationScoped
class FixesWaitingToDeploy implements RankedSource {

    @Inject
    FixDecisions decisions;

    @Override
    public RankedByRisk.Items items(ImpactFilter filter, Instant now) {
        return WaitingFixes.of(WaitingFixes.Waits.DEPLOY, ", x.status", filter);
    }

    @Override
    public AttentionSource.Found found(RankedByRisk.Rows rows) {
        Map<Long, GoNoGo.Decision> decided = decisions.of(rows.rows().stream().map(RankedByRisk.Row::id).toList());
        return new AttentionSource.Found(rows.rows().stream().map(row -> {
            GoNoGo.Decision decision = decided.get(row.id());
            String detail = decision.verdict().label + ", " + FixStatus.valueOf(row.text(1)).label.toLowerCase()
                    + ", not deployed" + (decision.conditions().isEmpty() ? ""
                            : ". Conditions: " + String.join("; ", decision.conditions()));
            return new AttentionItem(AttentionItem.Kind.FIX_WAITING_TO_DEPLOY,
                    NoGoFixes.title(row), "/fixes/" + row.id(), detail, row.since(), row.waiting(), row.atRisk(), row.rank());
        }).toList(), rows.total());
    }
}
