package dev.fivewhys.result;

/**
 * The upload is not a JUnit XML report we can read. The message is written for the person who uploaded
 * it; it names the line when the problem has one.
 */
public class ReportRejectedException extends Exception {

    private final String reason;
    private final int line;

    public ReportRejectedException(String reason, int line) {
        super(line > 0 ? reason + " (line " + line + ")" : reason);
        this.reason = reason;
        this.line = line;
    }

    /** The message without the line number. */
    public String reason() {
        return reason;
    }

    /** The line the problem was found on, or -1 when it has none. */
    public int line() {
        return line;
    }
}
