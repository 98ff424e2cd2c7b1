package dev.fivewhys.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.session.LogEntry;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.RowAction;

/**
 * The five-whys form as typed. The whys are three repeated fields (answer, evidence kind, evidence) whose values come
 * in DOM order, so row N is the Nth value of each; messages about row N go to {@code why-N} or {@code evidence-N}.
 */
public class AnalysisForm {

    public static final int DEFAULT_WHYS = 5;
    public static final int MAX_WHYS = 30;
    static final int MAX_ANSWER = 5_000;
    static final int MAX_EVIDENCE = 2_000;
    private static final Pattern LINK = Pattern.compile("(?i)https?://\\S+");

    /** Which button sent the form: "save", "complete", or a row button such as "add-why" (see {@link RowAction}). */
    @RestForm
    public String action;

    @RestForm
    public Long failureId;

    @RestForm
    public Long sessionId;

    @RestForm
    @Size(max = 20_000, message = "At most 20,000 characters")
    public String problemStatement;

    @RestForm
    public List<String> why = new ArrayList<>();

    @RestForm
    public List<String> evidenceKind = new ArrayList<>();

    @RestForm
    public List<String> evidence = new ArrayList<>();

    @RestForm
    @Size(max = 5_000, message = "At most 5,000 characters")
    public String rootCause;

    @RestForm
    public Long categoryId;

    @RestForm
    @Size(max = 20_000, message = "At most 20,000 characters")
    public String fixIdentified;

    @RestForm
    @Size(max = 20_000, message = "At most 20,000 characters")
    public String preventionStrategy;

    @RestForm
    public long version;

    /** One why as the form shows it; {@code number} counts from 1. */
    public record WhyRow(int number, String answer, String kind, String evidence) {
        public String whyKey() {
            return "why-" + number;
        }

        public String evidenceKey() {
            return "evidence-" + number;
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
        List<WhyRow> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            list.add(new WhyRow(i, RowAction.cell(why, i), RowAction.cell(evidenceKind, i), RowAction.cell(evidence, i)));
        }
        return list;
    }

    /** The empty row the page script copies when "Add a why" is pressed; it renumbers it. */
    public WhyRow blankRow() {
        return new WhyRow(0, "", EvidenceKind.NOTE.name(), "");
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
        rowAction.applyTo(columns(), MAX_WHYS);
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
        int rows = whyRows().size();
        List<AnalysisContent.Why> whys = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String answer = RowAction.cell(why, i).strip();
            String proof = RowAction.cell(evidence, i).strip();
            if (answer.isEmpty() && proof.isEmpty()) {
                continue;
            }
            if (answer.isEmpty()) {
                errors.add("why-" + i, "Write the answer to this why, or remove it");
                continue;
            }
            if (answer.length() > MAX_ANSWER) {
                errors.add("why-" + i, "At most 5,000 characters");
            }
            EvidenceKind kind = EvidenceKind.parse(RowAction.cell(evidenceKind, i));
            if (!proof.isEmpty()) {
                checkEvidence(kind, proof, "evidence-" + i, errors);
            }
            whys.add(new AnalysisContent.Why(answer, proof.isEmpty() ? null : kind, proof.isEmpty() ? null : proof));
        }
        if (whys.size() > MAX_WHYS) {
            errors.add(CompletionCheck.WHYS, "At most " + MAX_WHYS + " whys");
        }
        RootCauseCategory category = null;
        if (categoryId != null) {
            category = RootCauseCategory.findById(categoryId);
            if (category == null) {
                errors.add("categoryId", "Choose a category from the list");
            }
        }
        return new AnalysisContent(blankToNull(problemStatement), whys, blankToNull(rootCause), category,
                blankToNull(fixIdentified), blankToNull(preventionStrategy));
    }

    private static void checkEvidence(EvidenceKind kind, String proof, String field, FormErrors errors) {
        if (proof.length() > MAX_EVIDENCE) {
            errors.add(field, "At most 2,000 characters");
            return;
        }
        switch (kind) {
            case LINK -> {
                if (!LINK.matcher(proof).matches()) {
                    errors.add(field, "A link starts with https:// or http://");
                }
            }
            case LOG_ENTRY -> {
                Long id = AnalysisContent.logEntryId(proof);
                if (id == null || LogEntry.findById(id) == null) {
                    errors.add(field, "Give the number of a session log entry, e.g. #12 (shown beside each entry)");
                }
            }
            default -> {
                // A note or a test name: any text will do.
            }
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
