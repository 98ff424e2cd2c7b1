package dev.fivewhys.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.Choices;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.RowAction;

/**
 * The five-whys form as typed. The whys are three repeated fields (answer, evidence kind, evidence) whose values come
 * in DOM order, so row N is the Nth value of each; messages about row N go to {@code why-N} or {@code evidence-N}.
 */
public class AnalysisForm {

    public static final int DEFAULT_WHYS = 5;

    /** Which button sent the form: "save", "complete", or a row button such as "add-why" (see {@link RowAction}). */
    @RestForm
    public String action;

    @RestForm
    public Long failureId;

    @RestForm
    public Long sessionId;

    @RestForm
    public String problemStatement;

    @RestForm
    public List<String> why = new ArrayList<>();

    @RestForm
    public List<String> evidenceKind = new ArrayList<>();

    @RestForm
    public List<String> evidence = new ArrayList<>();

    @RestForm
    public String rootCause;

    @RestForm
    public Long categoryId;

    @RestForm
    public String fixIdentified;

    @RestForm
    public String preventionStrategy;

    @RestForm
    public long version;

    /** One why as the form shows it; {@code number} counts from 1, {@code item} is its index among the whys. */
    public record WhyRow(int number, int item, String answer, String kind, String evidence) {
        public String whyKey() {
            return "whys[" + item + "].answer";
        }

        public String kindKey() {
            return "whys[" + item + "].evidenceKind";
        }

        public String evidenceKey() {
            return "whys[" + item + "].evidence";
        }
    }

    public static AnalysisForm blank() {
        AnalysisForm form = new AnalysisForm();
        form.padWhys();
        return form;
    }

    public static AnalysisForm from(Analysis analysis) {
        AnalysisForm form = new AnalysisForm();
        form.failureId = analysis.failure == null ? null : analysis.failure.id;
        form.sessionId = analysis.session == null ? null : analysis.session.id;
        form.problemStatement = analysis.problemStatement;
        for (AnalysisWhy row : analysis.whys) {
            form.why.add(row.answer);
            form.evidenceKind.add(row.evidenceKind == null ? EvidenceKind.NOTE.name() : row.evidenceKind.name());
            form.evidence.add(row.evidence == null ? "" : row.evidence);
        }
        form.padWhys();
        form.rootCause = analysis.rootCause;
        form.categoryId = analysis.category == null ? null : analysis.category.id;
        form.fixIdentified = analysis.fixIdentified;
        form.preventionStrategy = analysis.preventionStrategy;
        form.version = analysis.version;
        return form;
    }

    /** A new or emptied chain starts with the customary five rows. */
    private void padWhys() {
        if (why.isEmpty()) {
            for (int i = 0; i < DEFAULT_WHYS; i++) {
                why.add("");
            }
        }
        columns();
    }

    public List<WhyRow> whyRows() {
        int rows = RowAction.align(columns());
        int[] items = RowAction.items(rows, i -> why.get(i - 1).isBlank() && evidence.get(i - 1).isBlank());
        List<WhyRow> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            list.add(new WhyRow(i, items[i], why.get(i - 1), evidenceKind.get(i - 1), evidence.get(i - 1)));
        }
        return list;
    }

    /** The empty row the page script copies when "Add a why" is pressed; it renumbers it. */
    public WhyRow blankRow() {
        return new WhyRow(0, -1, "", EvidenceKind.NOTE.name(), "");
    }

    /** "Look for similar analyses": show the form again with what resembles the text typed so far. */
    public boolean lookingForSimilar() {
        return "similar".equals(action);
    }

    public boolean completing() {
        return "complete".equals(action);
    }

    public Optional<RowAction> rowAction() {
        return RowAction.parse(action).filter(a -> a.isFor("why"));
    }

    public void apply(RowAction rowAction) {
        rowAction.applyTo(columns(), AnalysisContent.MAX_WHYS);
    }

    // Bound lists may be missing or read-only; rows are edited as mutable, equally long columns.
    private List<List<String>> columns() {
        why = RowAction.column(why);
        evidenceKind = RowAction.column(evidenceKind);
        evidence = RowAction.column(evidence);
        List<List<String>> columns = List.of(why, evidenceKind, evidence);
        RowAction.align(columns);
        evidenceKind.replaceAll(kind -> kind.isBlank() ? EvidenceKind.NOTE.name() : kind);
        return columns;
    }

    /**
     * Reads what was typed, adding a message beside each field that cannot be taken as it is. Rows left entirely
     * blank are dropped: they are the unused ones of the customary five.
     */
    public AnalysisContent content(FormErrors errors) {
        List<AnalysisContent.Why> whys = new ArrayList<>();
        for (WhyRow row : whyRows()) {
            if (row.item() >= 0) {
                EvidenceKind kind = errors.read(row.kindKey(),
                        () -> Choices.parse(EvidenceKind.class, row.kind()));
                whys.add(new AnalysisContent.Why(row.answer(), kind, row.evidence()));
            }
        }
        RootCauseCategory category = null;
        if (categoryId != null) {
            category = RootCauseCategory.findById(categoryId);
            if (category == null) {
                errors.add("categoryId", "Choose a category from the list");
            }
        }
        return new AnalysisContent(problemStatement, whys, rootCause, category, fixIdentified, preventionStrategy);
    }
}
