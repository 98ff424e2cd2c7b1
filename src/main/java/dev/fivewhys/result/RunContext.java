package dev.fivewhys.result;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.fivewhys.core.ValidationProblem;

/**
 * Where an uploaded report comes from, as CI says it with the upload: commit, branch, CI job name and address,
 * environment. Every part is optional; each is checked here once, and a bad one is refused naming its field.
 */
public record RunContext(String commit, String branch, String job, String jobUrl, String environment) {

    public static final RunContext NONE = new RunContext(null, null, null, null, null);

    // widths of the test_run columns
    static final int BRANCH_WIDTH = 255;
    static final int JOB_WIDTH = 300;
    static final int URL_WIDTH = 1000;
    static final int ENVIRONMENT_WIDTH = 100;

    /** A full or abbreviated git object name: SHA-1 (40) or SHA-256 (64) hex digits, at least 7. */
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{7,64}");

    public RunContext {
        commit = blankToNull(commit);
        branch = blankToNull(branch);
        job = blankToNull(job);
        jobUrl = blankToNull(jobUrl);
        environment = blankToNull(environment);
        if (commit != null) {
            commit = commit.toLowerCase(Locale.ROOT);
            if (!SHA.matcher(commit).matches()) {
                throw new ValidationProblem("commit: a commit SHA is 7 to 64 hexadecimal digits, not " + shown(commit));
            }
        }
        within("branch", branch, BRANCH_WIDTH);
        within("job", job, JOB_WIDTH);
        within("jobUrl", jobUrl, URL_WIDTH);
        within("environment", environment, ENVIRONMENT_WIDTH);
        if (jobUrl != null && !isWebAddress(jobUrl)) {
            // it becomes a link on the results page: only http(s), never javascript: or data:
            throw new ValidationProblem("jobUrl: give the CI job's http:// or https:// address");
        }
    }

    /** What was given as a query parameter wins over the same thing given as a header. */
    public static RunContext of(String commit, String commitHeader, String branch, String branchHeader, String job,
            String jobHeader, String jobUrl, String jobUrlHeader, String environment, String environmentHeader) {
        return new RunContext(either(commit, commitHeader), either(branch, branchHeader), either(job, jobHeader),
                either(jobUrl, jobUrlHeader), either(environment, environmentHeader));
    }

    /** The commit as people read it: its first 12 digits. */
    public String shortCommit() {
        return commit == null ? null : commit.substring(0, Math.min(12, commit.length()));
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void within(String field, String value, int width) {
        if (value != null && value.length() > width) {
            throw new ValidationProblem(field + ": at most " + width + " characters");
        }
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationProblem(field + ": no control characters");
        }
    }

    private static String shown(String value) {
        return value.length() > 70 ? value.substring(0, 70) + "…" : value;
    }

    private static String either(String query, String header) {
        return blankToNull(query) != null ? query : header;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
