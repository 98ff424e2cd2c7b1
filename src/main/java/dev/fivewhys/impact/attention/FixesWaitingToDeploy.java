package dev.fivewhys.impact.attention;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fivewhys.audit.GoNoGo;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.impact.ImpactFilter;

/**
 * Fixes whose go/no-go says GO or CONDITIONAL GO but that are not deployed yet (proposed or merged), waiting since the
 * later of their latest audit and stability validation: since they became ready. Conditions are listed as written.
 */
@ApplicationScoped
class FixesWaitingToDeploy implements RankedSource {

    @Override
    public RankedByRisk.Items items(ImpactFilter filter, Instant now) {
        return WaitingFixes.of(WaitingFixes.Waits.DEPLOY, ", x.status", filter);
    }

    @Override
    public AttentionSource.Found found(RankedByRisk.Rows rows) {
        return new AttentionSource.Found(rows.rows().stream().map(row -> {
            GoNoGo.Decision decision = WaitingFixes.decision(row);
            String detail = decision.verdict().label + ", " + FixStatus.valueOf(row.text(2)).label.toLowerCase()
                    + ", not deployed" + (decision.conditions().isEmpty() ? ""
                            : ". Conditions: " + String.join("; ", decision.conditions()));
            return new AttentionItem(AttentionItem.Kind.FIX_WAITING_TO_DEPLOY,
                    NoGoFixes.title(row), "/fixes/" + row.id(), detail, row.since(), row.waiting(), row.atRisk(), row.rank());
        }).toList(), rows.total());
    }
}
