package dev.fivewhys.fix;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.fivewhys.core.ValidationProblem;

/**
 * A git commit id as people paste it: full (40) or abbreviated (at least 7, git's shortest default), stored in
 * lower case so the same commit always compares equal.
 */
public record CommitSha(String value) {

    public static final int MIN_LENGTH = 7;
    public static final int MAX_LENGTH = 40;
    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

    public CommitSha {
        if (value == null || value.isBlank()) {
            throw new ValidationProblem("Enter the commit SHA, e.g. 8365f3012");
        }
        if (!HEX.matcher(value).matches()) {
            throw new ValidationProblem("\"" + value + "\" is not a commit SHA: use only the characters 0-9 and a-f");
        }
        if (value.length() < MIN_LENGTH) {
            throw new ValidationProblem(
                    "\"" + value + "\" is too short for a commit SHA: give at least " + MIN_LENGTH + " characters");
        }
        if (value.length() > MAX_LENGTH) {
            throw new ValidationProblem(
                    "\"" + value + "\" is too long for a commit SHA: at most " + MAX_LENGTH + " characters");
        }
    }

    /** Accepts any case and surrounding blanks. */
    public static CommitSha parse(String text) {
        return new CommitSha(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    /** The 7-character form git and GitHub show in lists. */
    public String abbreviated() {
        return value.substring(0, MIN_LENGTH);
    }

    /**
     * Whether both name the same commit, one possibly abbreviated: a user types {@code 8365f3012}, a webhook brings
     * the full 40 characters.
     */
    public boolean sameCommitAs(CommitSha other) {
        return value.startsWith(other.value) || other.value.startsWith(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
