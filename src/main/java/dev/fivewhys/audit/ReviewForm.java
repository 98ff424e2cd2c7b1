package dev.fivewhys.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.Choices;
import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.RowAction;

/**
 * What the audit and stability forms have in common: the fix, the version, and the checks as repeated fields in DOM
 * order (row N is the Nth value of each). Rows left blank are dropped; the others are the content's checks in order,
 * and each row's messages are keyed by its check's path ({@code checks[2].name}), as the content's checks name them.
 */
public abstract class ReviewForm<R extends FixReview> {

    @RestForm
    public String action;

    @RestForm
    public Long fixId;

    @RestForm
    public List<String> checkName = new ArrayList<>();

    @RestForm
    public List<String> checkScore = new ArrayList<>();

    @RestForm
    public List<String> checkOutcome = new ArrayList<>();

    @RestForm
    public long version;

    /**
     * One check row as the form shows it; {@code number} counts from 1, {@code item} is its index among the checks.
     */
    public record CheckRow(int number, int item, String name, String score, String outcome, String note) {
        public String nameKey() {
            return key("name");
        }

        public String scoreKey() {
            return key("score");
        }

        public String outcomeKey() {
            return key("outcome");
        }

        public String noteKey() {
            return key("note");
        }

        private String key(String field) {
            return "checks[" + item + "]." + field;
        }
    }

    /** The fourth column: the audit's notes or the validation's measurements. */
    abstract List<String> notes();

    abstract void notes(List<String> column);

    /** What the form says, read strictly: each value that cannot be taken as typed adds its message. */
    public abstract ReviewContent<R> content(FormErrors errors);

    /** Messages as the page shows them; keyed as the content names its fields unless a form gathers some. */
    FormErrors placed(FormErrors errors) {
        return errors;
    }

    /** Starts a new form with three empty check rows. */
    void blankRows() {
        for (int i = 0; i < 3; i++) {
            checkName.add("");
        }
    }

    void fill(R review, List<Check> checks) {
        fixId = review.fix.id;
        checks.forEach(check -> {
            checkName.add(check.name());
            checkScore.add(check.score() == null ? "" : check.score().toString());
            checkOutcome.add(check.outcome().name());
            notes().add(check.note() == null ? "" : check.note());
        });
        version = review.version;
    }

    public List<CheckRow> checkRows() {
        int rows = RowAction.align(columns());
        int[] items = RowAction.items(rows, i -> checkName.get(i - 1).isBlank() && checkScore.get(i - 1).isBlank()
                && notes().get(i - 1).isBlank());
        List<CheckRow> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String outcome = checkOutcome.get(i - 1);
            list.add(new CheckRow(i, items[i], checkName.get(i - 1), checkScore.get(i - 1),
                    outcome.isBlank() ? CheckOutcome.PASS.name() : outcome, notes().get(i - 1)));
        }
        return list;
    }

    public CheckRow blankCheckRow() {
        return new CheckRow(0, -1, "", "", CheckOutcome.PASS.name(), "");
    }

    public Optional<RowAction> rowAction() {
        return RowAction.parse(action).filter(a -> a.isFor("check"));
    }

    public void apply(RowAction rowAction) {
        rowAction.applyTo(columns(), Check.MAX);
    }

    private List<List<String>> columns() {
        checkName = RowAction.column(checkName);
        checkScore = RowAction.column(checkScore);
        checkOutcome = RowAction.column(checkOutcome);
        notes(RowAction.column(notes()));
        return List.of(checkName, checkScore, checkOutcome, notes());
    }

    /** The checks typed; an outcome is read as sent, so a blank or unknown one is refused rather than taken as PASS. */
    List<Check> checks(FormErrors errors) {
        List<Check> checks = new ArrayList<>();
        for (CheckRow row : checkRows()) {
            if (row.item() < 0) {
                continue;
            }
            Integer score = errors.read(row.scoreKey(), () -> percent(row.score(), Check.SCORE));
            String outcome = RowAction.cell(checkOutcome, row.number());
            CheckOutcome read = errors.read(row.outcomeKey(),
                    () -> Choices.parse(CheckOutcome.class, outcome));
            checks.add(new Check(row.name(), score, read, row.note()));
        }
        return checks;
    }

    /** A whole percentage as typed, "96" or "96%"; blank is none. */
    static Integer percent(String text, String message) {
        String digits = text == null ? "" : text.strip().replaceFirst("%$", "").strip();
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("[0-9]{1,9}")) {
            throw new ValidationProblem(message);
        }
        return Integer.valueOf(digits);
    }
}
