package dev.fivewhys.fix;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fivewhys.core.ValidationProblem;

/**
 * A pull request of the project's own GitHub repository, read from what users paste: {@code 156}, {@code #156},
 * {@code owner/name#156} or a link such as {@code https://github.com/owner/name/pull/156} (also with
 * {@code /files} or {@code #issuecomment-…} after it, as copied from the browser).
 */
public record PullRequestReference(String repository, int number) {

    // Same shape as the project form accepts for its repository.
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}");
    private static final Pattern NUMBER = Pattern.compile("#?\\s*(\\d+)");
    private static final Pattern SHORTHAND = Pattern.compile("(" + REPOSITORY.pattern() + ")#(\\d+)");
    private static final Pattern GITHUB_LINK = Pattern.compile(
            "https?://(?:www\\.)?github\\.com/([^/\\s]+/[^/\\s]+)/(pull|pulls|issues)/(\\d+)(?:[/?#]\\S*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_GITHUB_LINK = Pattern.compile("(?i)https?://(?:www\\.)?github\\.com(?:/\\S*)?");
    private static final Pattern ANY_LINK = Pattern.compile("(?i)https?://\\S*");
    // GitHub numbers stay far below this; more digits is a typo and could overflow an int.
    private static final int MAX_DIGITS = 9;

    public PullRequestReference {
        if (repository == null || !REPOSITORY.matcher(repository).matches()) {
            // The project's repository is validated by its own form: reaching this is a programming error.
            throw new IllegalArgumentException("Not an owner/name repository: " + repository);
        }
        if (number < 1) {
            throw new ValidationProblem("\"#" + number + "\" is not a pull request number; they start at 1");
        }
    }

    /**
     * Reads a pull request of {@code projectRepository} ({@code owner/name}).
     *
     * @throws ValidationProblem when the text is not a pull request, or one of another repository
     */
    public static PullRequestReference parse(String text, String projectRepository) {
        if (projectRepository == null || projectRepository.isBlank()) {
            throw new ValidationProblem("This project has no GitHub repository yet; set it on the project first");
        }
        String repository = projectRepository.strip();
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw new ValidationProblem("Enter the pull request number, e.g. 156, or paste its link");
        }
        Matcher number = NUMBER.matcher(typed);
        if (number.matches()) {
            return new PullRequestReference(repository, number(typed, number.group(1)));
        }
        Matcher shorthand = SHORTHAND.matcher(typed);
        if (shorthand.matches()) {
            requireSameRepository(shorthand.group(1), repository);
            return new PullRequestReference(repository, number(typed, shorthand.group(2)));
        }
        Matcher link = GITHUB_LINK.matcher(typed);
        if (link.matches()) {
            if (link.group(2).equalsIgnoreCase("issues")) {
                throw new ValidationProblem("That link is to issue #" + link.group(3) + ", not to a pull request");
            }
            requireSameRepository(link.group(1), repository);
            return new PullRequestReference(repository, number(typed, link.group(3)));
        }
        if (OTHER_GITHUB_LINK.matcher(typed).matches()) {
            throw new ValidationProblem(
                    "That link is not to a pull request; it should look like https://github.com/" + repository
                            + "/pull/156");
        }
        if (ANY_LINK.matcher(typed).matches()) {
            throw new ValidationProblem(
                    "Only github.com pull request links are understood; enter the number instead, e.g. 156");
        }
        throw new ValidationProblem("\"" + typed + "\" is not a pull request: enter its number (156 or #156) or its link");
    }

    private static int number(String typed, String digits) {
        if (digits.length() > MAX_DIGITS) {
            throw new ValidationProblem("\"" + typed + "\" is not a pull request number; it is far too large");
        }
        return Integer.parseInt(digits);
    }

    // GitHub treats owner and name case-insensitively, so users may paste either spelling.
    private static void requireSameRepository(String linked, String project) {
        if (!linked.toLowerCase(Locale.ROOT).equals(project.toLowerCase(Locale.ROOT))) {
            throw new ValidationProblem(
                    "That pull request is in " + linked + ", but this project's repository is " + project);
        }
    }

    public String url() {
        return "https://github.com/" + repository + "/pull/" + number;
    }

    /** "#156", the way the seeds and GitHub write it within a repository; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return "#" + number;
    }
}
