package dev.fivewhys.logbook.parse;

import java.math.BigDecimal;

import dev.fivewhys.audit.CheckOutcome;

/**
 * One check of an audit or stability validation: "⚠️ **Mega Class Size**: File exceeds 2000 lines
 * …", "✅ **Performance Impact**: Database manager creation 0.0008s average (EXCELLENT - …)".
 *
 * @param outcome from the status emoji; null for an unmarked bullet ("CRITICAL VALIDATION RESULTS" lists them)
 * @param note the text after the name, as written
 * @param verdict the upper-case word in trailing parentheses: PASSED, EXCELLENT, POSITIVE…; or null
 * @param scorePercent the check's own percentage ("(100% compliant)"), or null
 * @param measurement a timing or ratio such as "0.0008s average", or null
 */
public record ParsedCheck(String name, CheckOutcome outcome, String note, String verdict, BigDecimal scorePercent,
        String measurement, SourceSpan source) {
}
