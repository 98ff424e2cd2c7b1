package dev.fivewhys.session;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Revenue a session puts at risk: integer minor units of a currency, monthly or annual. */
@Embeddable
public class BusinessImpact {

    /** Copied for each currency: a new currency format parses its pattern again (1% of the session page's CPU). */
    private static final NumberFormat US_DOLLARS = NumberFormat.getCurrencyInstance(Locale.US);
    /**
     * The formats made, per currency and with or without cents, one set per thread (a format is not thread-safe): a copy
     * per amount cost 1.5% of the impact page's CPU, which shows dozens.
     */
    private static final ThreadLocal<Map<String, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    @Column(name = "impact_amount_minor")
    public Long amountMinor;
    @Column(name = "impact_currency")
    public String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "impact_basis")
    public ImpactBasis basis;
    @Column(name = "impact_note")
    public String note;

    public boolean isPresent() {
        return amountMinor != null && currency != null;
    }

    /** The amount in major units, e.g. 550000.00 for {@code 55000000} cents. */
    public BigDecimal amount() {
        if (amountMinor == null) {
            return null;
        }
        return BigDecimal.valueOf(amountMinor, fractionDigits(currency));
    }

    /** "$550,000 MRR" — what the pages and reports show. */
    public String display() {
        if (!isPresent()) {
            return "";
        }
        BigDecimal amount = amount();
        int digits = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        NumberFormat format = FORMATS.get().computeIfAbsent(currency + digits, k -> {
            NumberFormat made = (NumberFormat) US_DOLLARS.clone();
            made.setCurrency(Currency.getInstance(currency));
            made.setMaximumFractionDigits(digits);
            made.setMinimumFractionDigits(digits);
            return made;
        });
        return format.format(amount) + (basis == null ? "" : " " + basis);
    }

    public static int fractionDigits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    /** Converts a user-typed major-unit amount to minor units, refusing fractions the currency has not. */
    public static long toMinor(BigDecimal amount, String currency) {
        return amount.movePointRight(fractionDigits(currency)).longValueExact();
    }
}
