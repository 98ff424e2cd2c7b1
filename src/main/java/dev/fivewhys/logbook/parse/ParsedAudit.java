package dev.fivewhys.logbook.parse;

import java.math.BigDecimal;
import java.util.List;

/**
 * A compliance audit entry ("### … SSOT COMPLIANCE AUDIT COMPLETED").
 *
 * @param kind the words before "COMPLIANCE AUDIT", e.g. SSOT; or null
 * @param assessment the overall line's text as written, e.g. "PASS (96% compliance score)"
 * @param overallScorePercent e.g. 96, or null
 * @param verdict PASS/FAIL… leading the overall line, or null
 * @param recommendation the upper-case decision, e.g. "APPROVED FOR DEPLOYMENT", "CLEARED FOR
 *        1000+ TEST MARATHON"; or null
 * @param recommendationNote the words after the decision
 * @param reportPath the compliance report's path, or null
 */
public record ParsedAudit(String kind, String assessment, BigDecimal overallScorePercent, String verdict,
        List<ParsedCheck> checks, String recommendation, String recommendationNote, String reportPath,
        SourceSpan source) {

    public ParsedAudit {
        checks = List.copyOf(checks);
    }
}
