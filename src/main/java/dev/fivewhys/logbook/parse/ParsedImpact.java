package dev.fivewhys.logbook.parse;

import dev.fivewhys.session.ImpactBasis;

/**
 * Money at stake, as in "$550K+ MRR at risk due to…".
 *
 * @param amountMinor the amount in minor units (cents): "$550K" is 55_000_000
 * @param currency ISO code, e.g. USD
 * @param basis MRR or ARR, or null if the log did not say
 * @param atLeast the "+" in "$550K+": the real figure may be higher
 * @param amountText the amount as written, e.g. "$550K+"
 * @param note the words after the amount, e.g. "at risk due to complete chat functionality blockage"
 * @param label the key of the line it was found on (e.g. "BUSINESS IMPACT"), or null
 */
public record ParsedImpact(long amountMinor, String currency, ImpactBasis basis, boolean atLeast,
        String amountText, String note, String label, SourceSpan source) {
}
