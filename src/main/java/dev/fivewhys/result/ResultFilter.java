package dev.fivewhys.result;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.BadRequestException;

/** What the results page shows of a run: a status, a suite, a part of the test name. */
public record ResultFilter(long sessionId, Long run, String status, String suite, String q) {

    public ResultFilter {
        status = blankToNull(status);
        // "" is a real suite (results outside any named suite); only an absent parameter means "any"
        q = blankToNull(q);
        if (q != null) {
            q = q.strip();
        }
        if (status != null && !isKnownStatus(status)) {
            throw new BadRequestException("Unknown status " + status);
        }
    }

    public boolean filtered() {
        return status != null || suite != null || q != null;
    }

    /** The page's address with these filters, ready for "page=N" to be appended. */
    public String pagerBase() {
        StringBuilder base = new StringBuilder(TestRun.resultsPage(sessionId, run));
        if (run != null) {
            base.append('&');
        }
        if (status != null) {
            base.append("status=").append(status).append('&');
        }
        if (suite != null) {
            base.append("suite=").append(encode(suite)).append('&');
        }
        if (q != null) {
            base.append("q=").append(encode(q)).append('&');
        }
        return base.toString();
    }

    /** The same filters with another status (null: any), for the status links. */
    public String withStatus(String other) {
        return new ResultFilter(sessionId, run, other, suite, q).pagerBase();
    }

    /** The same run, one suite. */
    public String withSuite(String other) {
        return new ResultFilter(sessionId, run, status, other, null).pagerBase();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static boolean isKnownStatus(String status) {
        for (TestStatus s : TestStatus.values()) {
            if (s.name().equals(status)) {
                return true;
            }
        }
        return false;
    }
}
