package dev.fivewhys.impact;

import dev.fivewhys.session.BusinessImpact;
import dev.fivewhys.session.ImpactBasis;

/** An amount of one currency and one basis (MRR or ARR): figures of different kinds are never added. */
public record Money(long amountMinor, String currency, ImpactBasis basis) {

    public String display() {
        BusinessImpact impact = new BusinessImpact();
        impact.amountMinor = amountMinor;
        impact.currency = currency;
        impact.basis = basis;
        return impact.display();
    }

}
