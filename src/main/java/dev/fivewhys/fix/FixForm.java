package dev.fivewhys.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.project.Project;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.RowAction;

/**
 * The fix form as typed. Changed files and new tests are repeated fields in DOM order (row N is the Nth value of
 * each); messages about row N go to e.g. {@code fileLines-N}. Commit, pull request and lines are read by the domain
 * rules (CommitSha, PullRequestReference, LineRanges), whose messages are shown beside the field.
 */
public class FixForm {

    static final int MAX_ROWS = 100;

    /** Which button sent the form: "save", or a row button such as "add-file" (see {@link RowAction}). */
    @RestForm
    public String action;

    @RestForm
    public Long analysisId;

    @RestForm
    @NotBlank(message = "Say what the fix changes")
    @Size(max = 20_000, message = "At most 20,000 characters")
    public String summary;

    @RestForm
    public List<String> filePath = new ArrayList<>();

    @RestForm
    public List<String> fileLines = new ArrayList<>();

    @RestForm
    @Size(max = 100, message = "At most 100 characters")
    public String commitSha;

    @RestForm
    @Size(max = 255, message = "At most 255 characters")
    public String branch;

    @RestForm
    @Size(max = 500, message = "At most 500 characters")
    public String pullRequest;

    @RestForm
    public List<String> testPath = new ArrayList<>();

    @RestForm
    public List<String> testKind = new ArrayList<>();

    /** Only when the fix is recorded (see {@link #initialStatus}); afterwards it moves on the fix page. */
    @RestForm
    public String status = FixStatus.PROPOSED.name();

    @RestForm
    public long version;

    public record FileRow(int number, String path, String lines) {
        public String pathKey() {
            return "filePath-" + number;
        }

        public String linesKey() {
            return "fileLines-" + number;
        }
    }

    public record TestRow(int number, String path, String kind) {
        public String pathKey() {
            return "testPath-" + number;
        }

        public String kindKey() {
            return "testKind-" + number;
        }
    }

    public static FixForm blank() {
        FixForm form = new FixForm();
        form.filePath.add("");
        form.testPath.add("");
        return form;
    }

    public static FixForm from(Fix fix) {
        FixForm form = new FixForm();
        form.analysisId = fix.analysis.id;
        form.summary = fix.summary;
        fix.files.forEach(file -> {
            form.filePath.add(file.path);
            form.fileLines.add(file.lineRanges);
        });
        form.commitSha = fix.commitSha;
        form.branch = fix.branch;
        form.pullRequest = fix.pullRequestNumber == null ? null : "#" + fix.pullRequestNumber;
        fix.tests.forEach(test -> {
            form.testPath.add(test.path);
            form.testKind.add(test.kind);
        });
        form.status = fix.status.name();
        form.version = fix.version;
        return form;
    }

    public List<FileRow> fileRows() {
        int rows = RowAction.align(fileColumns());
        List<FileRow> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            list.add(new FileRow(i, RowAction.cell(filePath, i), RowAction.cell(fileLines, i)));
        }
        return list;
    }

    public List<TestRow> testRows() {
        int rows = RowAction.align(testColumns());
        List<TestRow> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            list.add(new TestRow(i, RowAction.cell(testPath, i), RowAction.cell(testKind, i)));
        }
        return list;
    }

    public FileRow blankFileRow() {
        return new FileRow(0, "", "");
    }

    public TestRow blankTestRow() {
        return new TestRow(0, "", "");
    }

    public Optional<RowAction> rowAction() {
        return RowAction.parse(action).filter(a -> a.isFor("file") || a.isFor("test"));
    }

    public void apply(RowAction rowAction) {
        rowAction.applyTo(rowAction.isFor("file") ? fileColumns() : testColumns(), MAX_ROWS);
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

    /**
     * The status a new fix is recorded in: any but verified, which only results (or a step on the fix page) can
     * bring, e.g. a fix already deployed when it is written down.
     */
    public FixStatus initialStatus(FormErrors errors) {
        if (status != null && status.matches("PROPOSED|MERGED|DEPLOYED")) {
            return FixStatus.valueOf(status);
        }
        errors.add("status", "Choose proposed, merged or deployed");
        return FixStatus.PROPOSED;
    }

    /** Copies the form onto the fix when every field can be taken as typed; else only adds the messages. */
    public void applyTo(Fix fix, Project project, FormErrors errors) {
        String sha = null;
        if (commitSha != null && !commitSha.isBlank()) {
            try {
                sha = CommitSha.parse(commitSha).value();
            } catch (ValidationProblem problem) {
                errors.add("commitSha", problem.getMessage());
            }
        }
        PullRequestReference pr = null;
        if (pullRequest != null && !pullRequest.isBlank()) {
            try {
                pr = PullRequestReference.parse(pullRequest, project.githubRepository);
            } catch (ValidationProblem problem) {
                errors.add("pullRequest", problem.getMessage());
            }
        }
        List<String[]> files = files(errors);
        List<String[]> tests = tests(errors);
        if (!errors.isEmpty()) {
            return;
        }
        fix.summary = summary.strip();
        fix.commitSha = sha;
        fix.branch = blankToNull(branch);
        fix.pullRequestRepository = pr == null ? null : pr.repository();
        fix.pullRequestNumber = pr == null ? null : pr.number();
        replaceFiles(fix, files);
        replaceTests(fix, tests);
    }

    private List<String[]> files(FormErrors errors) {
        List<String[]> files = new ArrayList<>();
        for (FileRow row : fileRows()) {
            String path = row.path().strip();
            String lines = row.lines().strip();
            if (path.isEmpty() && lines.isEmpty()) {
                continue;
            }
            if (path.isEmpty()) {
                errors.add(row.pathKey(), "Give the path of the changed file");
            } else if (path.length() > 1000) {
                errors.add(row.pathKey(), "At most 1,000 characters");
            }
            try {
                files.add(new String[] { path, LineRanges.parse(lines).toString() });
            } catch (ValidationProblem problem) {
                errors.add(row.linesKey(), problem.getMessage());
            }
        }
        return files;
    }

    private List<String[]> tests(FormErrors errors) {
        List<String[]> tests = new ArrayList<>();
        for (TestRow row : testRows()) {
            String path = row.path().strip();
            String kind = row.kind().strip();
            if (path.isEmpty() && kind.isEmpty()) {
                continue;
            }
            if (path.isEmpty()) {
                errors.add(row.pathKey(), "Give the path of the new test");
            } else if (path.length() > 1000) {
                errors.add(row.pathKey(), "At most 1,000 characters");
            }
            if (kind.isEmpty()) {
                errors.add(row.kindKey(), "Say what kind of test it is, e.g. unit or e2e");
            } else if (kind.length() > 30) {
                errors.add(row.kindKey(), "At most 30 characters");
            }
            tests.add(new String[] { path, kind });
        }
        return tests;
    }

    // Rows are updated in place, so an edit that changes one line range does not rewrite every row.
    private static void replaceFiles(Fix fix, List<String[]> files) {
        for (int i = 0; i < files.size(); i++) {
            FixFile file = i < fix.files.size() ? fix.files.get(i) : new FixFile();
            if (file.fix == null) {
                file.fix = fix;
                fix.files.add(file);
            }
            file.position = i + 1;
            file.path = files.get(i)[0];
            file.lineRanges = files.get(i)[1];
        }
        while (fix.files.size() > files.size()) {
            fix.files.remove(fix.files.size() - 1);
        }
    }

    private static void replaceTests(Fix fix, List<String[]> tests) {
        for (int i = 0; i < tests.size(); i++) {
            FixTest test = i < fix.tests.size() ? fix.tests.get(i) : new FixTest();
            if (test.fix == null) {
                test.fix = fix;
                fix.tests.add(test);
            }
            test.position = i + 1;
            test.path = tests.get(i)[0];
            test.kind = tests.get(i)[1];
        }
        while (fix.tests.size() > tests.size()) {
            fix.tests.remove(fix.tests.size() - 1);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
