package dev.fivewhys.logbook.parse;

import java.math.BigDecimal;
import java.util.List;

import dev.fivewhys.audit.Readiness;
import dev.fivewhys.audit.RiskLevel;

/**
 * A system stability validation entry ("### … SYSTEM STABILITY VALIDATION COMPLETED").
 *
 * @param assessment the overall line's text as written, or null
 * @param scorePercent "System Stability Score: 100%", or null
 * @param risk from "LOW RISK" etc., or null when the log names no level
 * @param riskText the risk line's text as written, or null
 * @param readiness GO / CONDITIONAL GO / NO GO; "DEPLOYMENT APPROVED" and "ready for deployment"
 *        count as GO
 * @param readinessText the words the readiness was read from, e.g. "CONDITIONAL GO" or
 *        "DEPLOYMENT APPROVED"
 * @param recommendation "Final Recommendation" text, or null
 * @param notes other labelled lines without a status emoji (FINDINGS, SOLUTION, NEXT…)
 */
public record ParsedStability(String assessment, BigDecimal scorePercent, List<ParsedCheck> checks, RiskLevel risk,
        String riskText, Readiness readiness, String readinessText, String recommendation, List<ParsedField> notes,
        String reportPath, SourceSpan source) {

    public ParsedStability {
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
    }
}
