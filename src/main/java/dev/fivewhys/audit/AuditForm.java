package dev.fivewhys.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.RowAction;

/**
 * The compliance audit form as typed. Checks are repeated fields in DOM order (row N is the Nth value of each);
 * conditions are one per line. The overall score is derived from the checks unless the auditor types one.
 */
public class AuditForm {

    static final int MAX_CHECKS = 100;

    @RestForm
    public String action;

    @RestForm
    public Long fixId;

    @RestForm
    @NotBlank(message = "Say what the audit checked against, e.g. SSOT or security")
    @Size(max = 60, message = "At most 60 characters")
    public String kind = "SSOT";

    @RestForm
    public List<String> checkName = new ArrayList<>();

    @RestForm
    public List<String> checkScore = new ArrayList<>();

    @RestForm
    public List<String> checkOutcome = new ArrayList<>();

    @RestForm
    public List<String> checkNote = new ArrayList<>();

    /** Blank: the score derived from the checks is the overall one. */
    @RestForm
    public String overrideScore;

    @RestForm
    @Size(max = 20_000, message = "At most 20,000 characters")
    public String verdict;

    @RestForm
    public String recommendation;

    /** One per line. */
    @RestForm
    @Size(max = 20_000, message = "At most 20,000 characters")
    public String conditions;

    @RestForm
    @Size(max = 1000, message = "At most 1,000 characters")
    public String reportPath;

    @RestForm
    @Size(max = 100, message = "At most 100 characters")
    public String auditor;

    @RestForm
    public long version;

    public record CheckRow(int number, String name, String score, String outcome, String note) {
        public String nameKey() {
            return "checkName-" + number;
        }

        public String scoreKey() {
            return "checkScore-" + number;
        }

        public String noteKey() {
            return "checkNote-" + number;
        }
    }

    public static AuditForm blank(String auditor) {
        AuditForm form = new AuditForm();
        form.auditor = auditor;
        for (int i = 0; i < 3; i++) {
            form.checkName.add("");
        }
        return form;
    }

    public static AuditForm from(ComplianceAudit audit) {
        AuditForm form = new AuditForm();
        form.fixId = audit.fix.id;
        form.kind = audit.kind;
        for (AuditCheck check : audit.checks) {
            form.checkName.add(check.name);
            form.checkScore.add(check.score == null ? "" : check.score.toString());
            form.checkOutcome.add(check.outcome.name());
            form.checkNote.add(check.note == null ? "" : check.note);
        }
        form.overrideScore = audit.overrideScore == null ? "" : audit.overrideScore.toString();
        form.verdict = audit.verdict;
        form.recommendation = audit.recommendation.name();
        form.conditions = String.join("\n", audit.conditions);
        form.reportPath = audit.reportPath;
        form.auditor = audit.auditor;
        form.version = audit.version;
        return form;
    }

    public List<CheckRow> checkRows() {
        int rows = RowAction.align(columns());
        List<CheckRow> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String outcome = RowAction.cell(checkOutcome, i);
            list.add(new CheckRow(i, RowAction.cell(checkName, i), RowAction.cell(checkScore, i),
                    outcome.isBlank() ? CheckOutcome.PASS.name() : outcome, RowAction.cell(checkNote, i)));
        }
        return list;
    }

    public CheckRow blankCheckRow() {
        return new CheckRow(0, "", "", CheckOutcome.PASS.name(), "");
    }

    public Optional<RowAction> rowAction() {
        return RowAction.parse(action).filter(a -> a.isFor("check"));
    }

    public void apply(RowAction rowAction) {
        rowAction.applyTo(columns(), MAX_CHECKS);
    }

    private List<List<String>> columns() {
        checkName = RowAction.column(checkName);
        checkScore = RowAction.column(checkScore);
        checkOutcome = RowAction.column(checkOutcome);
        checkNote = RowAction.column(checkNote);
        return List.of(checkName, checkScore, checkOutcome, checkNote);
    }

    /** Copies the form onto the audit when every field can be taken as typed; else only adds the messages. */
    public void applyTo(ComplianceAudit audit, FormErrors errors) {
        AuditRecommendation chosen = AuditRecommendation.fromLabel(recommendation).orElse(null);
        if (chosen == null) {
            errors.add("recommendation", "Choose approved, approved with conditions or rejected");
        }
        Integer override = null;
        if (overrideScore != null && !overrideScore.isBlank()) {
            override = score(overrideScore, "overrideScore",
                    "A percentage from 0 to 100, or empty to use the score from the checks", errors);
        }
        List<String> conditionList = conditions == null ? List.of()
                : conditions.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (conditionList.stream().anyMatch(line -> line.length() > 1000)) {
            errors.add("conditions", "At most 1,000 characters per condition");
        }
        if (chosen == AuditRecommendation.APPROVED_WITH_CONDITIONS && conditionList.isEmpty()) {
            errors.add("conditions", "List the conditions, one per line");
        }
        List<AuditCheck> checks = checks(errors);
        if (!errors.isEmpty()) {
            return;
        }
        audit.kind = kind.strip();
        audit.overrideScore = override;
        audit.verdict = blankToNull(verdict);
        audit.recommendation = chosen;
        audit.conditions.clear();
        audit.conditions.addAll(conditionList);
        audit.reportPath = blankToNull(reportPath);
        audit.auditor = blankToNull(auditor);
        for (int i = 0; i < checks.size(); i++) {
            AuditCheck row = i < audit.checks.size() ? audit.checks.get(i) : new AuditCheck();
            if (row.audit == null) {
                row.audit = audit;
                audit.checks.add(row);
            }
            AuditCheck typed = checks.get(i);
            row.position = i + 1;
            row.name = typed.name;
            row.score = typed.score;
            row.outcome = typed.outcome;
            row.note = typed.note;
        }
        while (audit.checks.size() > checks.size()) {
            audit.checks.remove(audit.checks.size() - 1);
        }
    }

    private List<AuditCheck> checks(FormErrors errors) {
        List<AuditCheck> checks = new ArrayList<>();
        for (CheckRow row : checkRows()) {
            String name = row.name().strip();
            if (name.isEmpty() && row.score().isBlank() && row.note().isBlank()) {
                continue;
            }
            AuditCheck check = new AuditCheck();
            if (name.isEmpty()) {
                errors.add(row.nameKey(), "Name the check");
            } else if (name.length() > 200) {
                errors.add(row.nameKey(), "At most 200 characters");
            }
            check.name = name;
            if (!row.score().isBlank()) {
                check.score = score(row.score(), row.scoreKey(), "A percentage from 0 to 100, or empty", errors);
            }
            check.outcome = CheckOutcome.fromLabel(row.outcome()).orElse(CheckOutcome.PASS);
            check.note = blankToNull(row.note());
            if (check.note != null && check.note.length() > 5000) {
                errors.add(row.noteKey(), "At most 5,000 characters");
            }
            checks.add(check);
        }
        return checks;
    }

    private static Integer score(String text, String field, String message, FormErrors errors) {
        try {
            return AuditScore.requireScore(Integer.parseInt(text.strip().replace("%", "").strip()));
        } catch (NumberFormatException | ValidationProblem e) {
            errors.add(field, message);
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
