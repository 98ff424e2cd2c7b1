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

    /** "USD MRR": what may be added together. */
    public String kind() {
        return currency + " " + basis;
    }

    /** In major units, e.g. 550000.0 for 55000000 cents: what a chart's axis counts in. */
    public double major() {
        return amountMinor / Math.pow(10, BusinessImpact.fractionDigits(currency));
    }

    public Money plus(Money other) {
        if (!kind().equals(other.kind())) {
            throw new IllegalArgumentException("never added: " + kind() + " and " + other.kind());
        }
        return new Money(amountMinor + other.amountMinor, currency, basis);
    }

    public Money zero() {
        return new Money(0, currency, basis);
    }
}
