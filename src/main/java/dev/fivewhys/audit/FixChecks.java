package dev.fivewhys.audit;

import java.util.List;

import dev.fivewhys.fix.Fix;
import io.quarkus.qute.TemplateExtension;

/** A fix's audits, stability validations and go/no-go on its pages: fix sits below audit and cannot list them. */
@TemplateExtension
final class FixChecks {

    private FixChecks() {
    }

    static List<ComplianceAudit> audits(Fix fix) {
        return ComplianceAudit.listForFix(fix);
    }

    static List<StabilityValidation> stabilityValidations(Fix fix) {
        return StabilityValidation.listForFix(fix);
    }

    static GoNoGo.Decision decision(Fix fix) {
        return GoNoGo.of(fix);
    }
}
