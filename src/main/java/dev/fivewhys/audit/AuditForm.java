package dev.fivewhys.audit;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.Choices;
import dev.fivewhys.web.FormErrors;

/**
 * The compliance audit form as typed; conditions are one per line. The overall score is derived from the checks unless
 * the auditor types one.
 */
public class AuditForm extends ReviewForm<ComplianceAudit> {

    @RestForm
    public String kind = "SSOT";

    @RestForm
    public List<String> checkNote = new ArrayList<>();

    /** Blank: the score derived from the checks is the overall one. */
    @RestForm
    public String overrideScore;

    @RestForm
    public String verdict;

    @RestForm
    public String recommendation;

    /** One per line. */
    @RestForm
    public String conditions;

    @RestForm
    public String reportPath;

    @RestForm
    public String auditor;

    public static AuditForm blank(String auditor) {
        AuditForm form = new AuditForm();
        form.auditor = auditor;
        form.blankRows();
        return form;
    }

    public static AuditForm from(ComplianceAudit audit) {
        AuditContent content = AuditContent.of(audit);
        AuditForm form = new AuditForm();
        form.fill(audit, content.checks());
        form.kind = content.kind();
        form.overrideScore = content.overrideScore() == null ? "" : content.overrideScore().toString();
        form.verdict = content.verdict();
        form.recommendation = content.recommendation().name();
        form.conditions = String.join("\n", content.conditions());
        form.reportPath = content.reportPath();
        form.auditor = content.auditor();
        return form;
    }

    @Override
    List<String> notes() {
        return checkNote;
    }

    @Override
    void notes(List<String> column) {
        checkNote = column;
    }

    /** The conditions are one field here, each a line of it. */
    @Override
    FormErrors placed(FormErrors errors) {
        return errors.gather("conditions");
    }

    @Override
    public AuditContent content(FormErrors errors) {
        Integer override = errors.read("overrideScore", () -> percent(overrideScore, AuditContent.OVERRIDE));
        AuditRecommendation chosen = errors.read("recommendation",
                () -> Choices.parseChosen(AuditRecommendation.class, recommendation));
        return new AuditContent(kind, checks(errors), override, verdict, chosen,
                conditions == null ? List.of() : conditions.lines().toList(), reportPath, auditor);
    }
}
