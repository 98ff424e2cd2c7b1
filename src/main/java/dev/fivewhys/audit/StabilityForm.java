package dev.fivewhys.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.RowAction;

/** The stability validation form as typed; checks are repeated fields in DOM order. */
public class StabilityForm {

    static final int MAX_CHECKS = 100;

    @RestForm
    public String action;

    @RestForm
    public Long fixId;

    @RestForm
    public List<String> checkName = new ArrayList<>();

    @RestForm
    public List<String> checkOutcome = new ArrayList<>();

    @RestForm
    public List<String> checkMeasurement = new ArrayList<>();

    @RestForm
    public String riskLevel;

    @RestForm
    public String readiness;

    @RestForm
    @Size(max = 20_000, message = "At most 20,000 characters")
    public String notes;

    @RestForm
    public long version;

    public record CheckRow(int number, String name, String outcome, String measurement) {
        public String nameKey() {
            return "checkName-" + number;
        }

        public String measurementKey() {
            return "checkMeasurement-" + number;
        }
    }

    public static StabilityForm blank() {
        StabilityForm form = new StabilityForm();
        for (int i = 0; i < 3; i++) {
            form.checkName.add("");
        }
        return form;
    }

    public static StabilityForm from(StabilityValidation validation) {
        StabilityForm form = new StabilityForm();
        form.fixId = validation.fix.id;
        for (StabilityCheck check : validation.checks) {
            form.checkName.add(check.name);
            form.checkOutcome.add(check.outcome.name());
            form.checkMeasurement.add(check.measurement == null ? "" : check.measurement);
        }
        form.riskLevel = validation.riskLevel.name();
        form.readiness = validation.readiness.name();
        form.notes = validation.notes;
        form.version = validation.version;
        return form;
    }

    public List<CheckRow> checkRows() {
        int rows = RowAction.align(columns());
        List<CheckRow> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String outcome = RowAction.cell(checkOutcome, i);
            list.add(new CheckRow(i, RowAction.cell(checkName, i), outcome.isBlank() ? CheckOutcome.PASS.name() : outcome,
                    RowAction.cell(checkMeasurement, i)));
        }
        return list;
    }

    public CheckRow blankCheckRow() {
        return new CheckRow(0, "", CheckOutcome.PASS.name(), "");
    }

    public Optional<RowAction> rowAction() {
        return RowAction.parse(action).filter(a -> a.isFor("check"));
    }

    public void apply(RowAction rowAction) {
        rowAction.applyTo(columns(), MAX_CHECKS);
    }

    private List<List<String>> columns() {
        checkName = RowAction.column(checkName);
        checkOutcome = RowAction.column(checkOutcome);
        checkMeasurement = RowAction.column(checkMeasurement);
        return List.of(checkName, checkOutcome, checkMeasurement);
    }

    /** Copies the form onto the validation when every field can be taken as typed; else only adds the messages. */
    public void applyTo(StabilityValidation validation, FormErrors errors) {
        RiskLevel risk = RiskLevel.fromLabel(riskLevel).orElse(null);
        if (risk == null) {
            errors.add("riskLevel", "Choose low, medium or high");
        }
        Readiness ready = Readiness.fromLabel(readiness).orElse(null);
        if (ready == null) {
            errors.add("readiness", "Choose GO, CONDITIONAL GO or NO GO");
        }
        List<StabilityCheck> checks = new ArrayList<>();
        for (CheckRow row : checkRows()) {
            String name = row.name().strip();
            String measurement = row.measurement().strip();
            if (name.isEmpty() && measurement.isEmpty()) {
                continue;
            }
            if (name.isEmpty()) {
                errors.add(row.nameKey(), "Name the check");
            } else if (name.length() > 200) {
                errors.add(row.nameKey(), "At most 200 characters");
            }
            if (measurement.length() > 300) {
                errors.add(row.measurementKey(), "At most 300 characters");
            }
            StabilityCheck check = new StabilityCheck();
            check.name = name;
            check.outcome = CheckOutcome.fromLabel(row.outcome()).orElse(CheckOutcome.PASS);
            check.measurement = measurement.isEmpty() ? null : measurement;
            checks.add(check);
        }
        if (!errors.isEmpty()) {
            return;
        }
        validation.riskLevel = risk;
        validation.readiness = ready;
        validation.notes = notes == null || notes.isBlank() ? null : notes.strip();
        for (int i = 0; i < checks.size(); i++) {
            StabilityCheck row = i < validation.checks.size() ? validation.checks.get(i) : new StabilityCheck();
            if (row.validation == null) {
                row.validation = validation;
                validation.checks.add(row);
            }
            row.position = i + 1;
            row.name = checks.get(i).name;
            row.outcome = checks.get(i).outcome;
            row.measurement = checks.get(i).measurement;
        }
        while (validation.checks.size() > checks.size()) {
            validation.checks.remove(validation.checks.size() - 1);
        }
    }
}
