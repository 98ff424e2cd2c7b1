package dev.fivewhys.fix;

import java.util.ArrayList;
import java.util.List;

import dev.fivewhys.fix.FixContent.NewTest;
import dev.fivewhys.web.FormErrors;

/**
 * A fix as people type it, on the form or in the API's JSON: commit, pull request and lines as text. {@link #content}
 * reads them by the domain rules, so both get the same messages, beside fields named as the content names them.
 *
 * @param pullRequest 156, #156, owner/name#156 or its link, of the project's repository
 */
public record FixText(String summary, List<File> files, String commitSha, String branch, String pullRequest,
        List<NewTest> tests) {

    /** A changed file; lines as people write them, e.g. "2352-2353, 2465-2466" (empty: not known). */
    public record File(String path, String lines) {
    }

    public FixText {
        files = files == null ? List.of() : files;
        tests = tests == null ? List.of() : tests;
    }

    /**
     * @param repository the project's GitHub repository, which a pull request must be of
     */
    public FixContent content(String repository, FormErrors errors) {
        CommitSha sha = blank(commitSha) ? null : errors.read("commitSha", () -> CommitSha.parse(commitSha));
        PullRequestReference pr = blank(pullRequest) ? null
                : errors.read("pullRequest", () -> PullRequestReference.parse(pullRequest, repository));
        List<FixContent.File> read = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            File file = files.get(i);
            read.add(new FixContent.File(file.path(),
                    errors.read("files[" + i + "].lines", () -> LineRanges.parse(file.lines()))));
        }
        return new FixContent(summary, read, sha, branch, pr, tests);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
