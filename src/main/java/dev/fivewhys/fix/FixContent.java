package dev.fivewhys.fix;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.fivewhys.core.Rows;
import dev.fivewhys.core.Text;

/**
 * What a fix says, apart from where it stands: the form and the API read one from {@link FixText}, the importer makes
 * one, and {@link Fixes} writes it. Commit, pull request and lines are read already (by CommitSha,
 * PullRequestReference and LineRanges); null commit or pull request: not known yet.
 */
public record FixContent(
        @NotBlank(message = "Say what the fix changes") @Size(max = 20_000, message = Text.AT_MOST) String summary,
        @Size(max = FixContent.MAX_ROWS, message = "At most {max} files") List<@Valid File> files,
        CommitSha commitSha,
        @Size(max = 255, message = Text.AT_MOST) String branch,
        PullRequestReference pullRequest,
        @Size(max = FixContent.MAX_ROWS, message = "At most {max} tests") List<@Valid NewTest> tests) {

    /** How many files, and how many new tests, one fix lists. */
    public static final int MAX_ROWS = 100;

    /** A changed file and its lines; no lines: not known. */
    public record File(
            @NotBlank(message = "Give the path of the changed file") @Size(max = 1000, message = Text.AT_MOST) String path,
            LineRanges lines) {
        public File {
            path = Text.clean(path);
            lines = lines == null ? LineRanges.none() : lines;
        }
    }

    public record NewTest(
            @NotBlank(message = "Give the path of the new test") @Size(max = 1000, message = Text.AT_MOST) String path,
            @NotBlank(message = "Say what kind of test it is, e.g. unit or e2e") @Size(max = NewTest.KIND_MAX, message = Text.AT_MOST) String kind) {

        public static final int KIND_MAX = 30;

        public NewTest {
            path = Text.clean(path);
            kind = Text.clean(kind);
        }
    }

    public FixContent {
        summary = Text.clean(summary);
        files = files == null ? List.of() : List.copyOf(files);
        branch = Text.clean(branch);
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    public static FixContent of(Fix fix) {
        return new FixContent(fix.summary,
                fix.files.stream().map(f -> new File(f.path, LineRanges.parse(f.lineRanges))).toList(),
                fix.commitSha == null ? null : CommitSha.parse(fix.commitSha), fix.branch, fix.pullRequest(),
                fix.tests.stream().map(t -> new NewTest(t.path, t.kind)).toList());
    }

    /** Writes the content onto the fix, updating file and test rows in place. */
    void applyTo(Fix fix) {
        fix.summary = summary;
        fix.commitSha = commitSha == null ? null : commitSha.value();
        fix.branch = branch;
        fix.pullRequestRepository = pullRequest == null ? null : pullRequest.repository();
        fix.pullRequestNumber = pullRequest == null ? null : pullRequest.number();
        Rows.replace(fix.files, files, () -> {
            FixFile row = new FixFile();
            row.fix = fix;
            return row;
        }, (row, file, position) -> {
            row.position = position;
            row.path = file.path();
            row.lineRanges = file.lines().toString();
        });
        Rows.replace(fix.tests, tests, () -> {
            FixTest row = new FixTest();
            row.fix = fix;
            return row;
        }, (row, test, position) -> {
            row.position = position;
            row.path = test.path();
            row.kind = test.kind();
        });
    }
}
