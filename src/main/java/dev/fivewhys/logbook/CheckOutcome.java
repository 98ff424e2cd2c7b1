package dev.fivewhys.logbook;

/** A check's result as its status emoji shows it. */
public enum CheckOutcome {
    PASS,
    WARN,
    FAIL,
    /** A bullet under "CRITICAL VALIDATION RESULTS" and the like: no emoji, no verdict. */
    UNMARKED;

    static CheckOutcome ofMark(String mark) {
        if (mark == null) {
            return UNMARKED;
        }
        if (mark.startsWith("✅") || mark.startsWith("✔") || mark.startsWith("🟢")) {
            return PASS;
        }
        if (mark.startsWith("⚠") || mark.startsWith("🟡")) {
            return WARN;
        }
        if (mark.startsWith("❌") || mark.startsWith("🔴") || mark.startsWith("🚨")) {
            return FAIL;
        }
        return UNMARKED;
    }
}
