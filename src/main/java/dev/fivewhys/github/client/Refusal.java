package dev.fivewhys.github.client;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A response of status 400 or above, as GitHub sent it. The connector throws it whole and the library passes it on
 * wrapped; its own limit handlers would keep the headers but drop the body, or the other way round.
 */
final class Refusal extends IOException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient Map<String, List<String>> headers;
    private final String body;

    Refusal(int status, Map<String, List<String>> headers, String body) {
        super("HTTP " + status);
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /** The refusal behind a failure, however deep the library wrapped it. */
    static Optional<Refusal> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    int status() {
        return status;
    }

    Map<String, List<String>> headers() {
        return headers;
    }

    String body() {
        return body;
    }
}
