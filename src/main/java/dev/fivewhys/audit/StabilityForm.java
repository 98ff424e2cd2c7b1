package dev.fivewhys.audit;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.Choices;
import dev.fivewhys.web.FormErrors;

/** The stability validation form as typed; a check's note is its measurement. */
public class StabilityForm extends ReviewForm<StabilityValidation> {

    @RestForm
    public List<String> checkMeasurement = new ArrayList<>();

    @RestForm
    public String riskLevel;

    @RestForm
    public String readiness;

    @RestForm
    public String notes;

    public static StabilityForm blank() {
        StabilityForm form = new StabilityForm();
        form.blankRows();
        return form;
    }

    public static StabilityForm from(StabilityValidation validation) {
        StabilityContent content = StabilityContent.of(validation);
        StabilityForm form = new StabilityForm();
        form.fill(validation, content.checks());
        form.riskLevel = content.riskLevel().name();
        form.readiness = content.readiness().name();
        form.notes = content.notes();
        return form;
    }

    @Override
    List<String> notes() {
        return checkMeasurement;
    }

    @Override
    void notes(List<String> column) {
        checkMeasurement = column;
    }

    @Override
    public StabilityContent content(FormErrors errors) {
        RiskLevel risk = errors.read("riskLevel", () -> Choices.parseChosen(RiskLevel.class, riskLevel));
        Readiness ready = errors.read("readiness",
                () -> Choices.parseChosen(Readiness.class, readiness));
        return new StabilityContent(checks(errors), risk, ready, notes);
    }
}
