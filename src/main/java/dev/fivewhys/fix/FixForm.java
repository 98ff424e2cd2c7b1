package dev.fivewhys.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.Choices;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.RowAction;

/**
 * The fix form as typed. Changed files and new tests are repeated fields in DOM order (row N is the Nth value of
 * each); rows left blank are dropped, and a row's messages are keyed by its item's path in the content
 * ({@code files[1].lines}), beside which the page shows them.
 */
public class FixForm {

    /** Which button sent the form: "save", or a row button such as "add-file" (see {@link RowAction}). */
    @RestForm
    public String action;

    @RestForm
    public Long analysisId;

    @RestForm
    public String summary;

    @RestForm
    public List<String> filePath = new ArrayList<>();

    @RestForm
    public List<String> fileLines = new ArrayList<>();

    @RestForm
    public String commitSha;

    @RestForm
    public String branch;

    @RestForm
    public String pullRequest;

    @RestForm
    public List<String> testPath = new ArrayList<>();

    @RestForm
    public List<String> testKind = new ArrayList<>();

    /** Only when the fix is recorded; afterwards it moves on the fix page. */
    @RestForm
    public String status = FixStatus.PROPOSED.name();

    @RestForm
    public long version;

    /** A row of a list, {@code number} from 1, {@code item} its index in the content's list (-1: blank). */
    public record Row(String list, int number, int item, String path, String other) {
        public String pathKey() {
            return list + "[" + item + "].path";
        }

        /** The lines of a file; the kind of a test. */
        public String linesKey() {
            return list + "[" + item + "].lines";
        }

        public String kindKey() {
            return list + "[" + item + "].kind";
        }

        public String lines() {
            return other;
        }

        public String kind() {
            return other;
        }
    }

    public static FixForm blank() {
        FixForm form = new FixForm();
        form.filePath.add("");
        form.testPath.add("");
        return form;
    }

    public static FixForm from(Fix fix) {
        FixContent content = FixContent.of(fix);
        FixForm form = new FixForm();
        form.analysisId = fix.analysis.id;
        form.summary = content.summary();
        content.files().forEach(file -> {
            form.filePath.add(file.path());
            form.fileLines.add(file.lines().toString());
        });
        form.commitSha = content.commitSha() == null ? null : content.commitSha().value();
        form.branch = content.branch();
        form.pullRequest = content.pullRequest() == null ? null : content.pullRequest().toString();
        content.tests().forEach(test -> {
            form.testPath.add(test.path());
            form.testKind.add(test.kind());
        });
        form.status = fix.status.name();
        form.version = fix.version;
        return form;
    }

    public List<Row> fileRows() {
        return rows("files", fileColumns());
    }

    public List<Row> testRows() {
        return rows("tests", testColumns());
    }

    private static List<Row> rows(String list, List<List<String>> columns) {
        int count = RowAction.align(columns);
        List<String> paths = columns.get(0);
        List<String> others = columns.get(1);
        int[] items = RowAction.items(count, i -> paths.get(i - 1).isBlank() && others.get(i - 1).isBlank());
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new Row(list, i, items[i], paths.get(i - 1), others.get(i - 1)));
        }
        return rows;
    }

    public Row blankFileRow() {
        return new Row("files", 0, -1, "", "");
    }

    public Row blankTestRow() {
        return new Row("tests", 0, -1, "", "");
    }

    public Optional<RowAction> rowAction() {
        return RowAction.parse(action).filter(a -> a.isFor("file") || a.isFor("test"));
    }

    public void apply(RowAction rowAction) {
        rowAction.applyTo(rowAction.isFor("file") ? fileColumns() : testColumns(), FixContent.MAX_ROWS);
    }

    private List<List<String>> fileColumns() {
        filePath = RowAction.column(filePath);
        fileLines = RowAction.column(fileLines);
        return List.of(filePath, fileLines);
    }

    private List<List<String>> testColumns() {
        testPath = RowAction.column(testPath);
        testKind = RowAction.column(testKind);
        return List.of(testPath, testKind);
    }

    /** The status a new fix is recorded in, read strictly; {@link Fixes} says which ones a new fix may have. */
    public FixStatus initialStatus(FormErrors errors) {
        return errors.read("status", () -> Choices.parse(FixStatus.class, status));
    }

    /** What was typed, as the API would send it; rows left blank are dropped. */
    public FixText text() {
        List<FixText.File> files = fileRows().stream().filter(r -> r.item() >= 0)
                .map(r -> new FixText.File(r.path(), r.lines())).toList();
        List<FixContent.NewTest> tests = testRows().stream().filter(r -> r.item() >= 0)
                .map(r -> new FixContent.NewTest(r.path(), r.kind())).toList();
        return new FixText(summary, files, commitSha, branch, pullRequest, tests);
    }
}
