package dev.fivewhys.github.client;

/**
 * Gives each content-creating request (POST, PATCH, PUT, DELETE) its turn under GitHub's secondary limits, which
 * count per token. The gateway asks right before the request leaves and says when GitHub answered, so pacing counts
 * the requests actually sent, and measures the gap from when the previous one surely reached GitHub.
 */
@FunctionalInterface
public interface WritePacer {

    /** No pacing, for callers that pace on their own. */
    WritePacer NONE = token -> {
    };

    /**
     * Blocks until a write with this token may be sent, and counts it as sent now. It may wait, so it must never be
     * called inside a database transaction.
     *
     * @param tokenKey the token's key ({@link GatewaySettings#tokenKey()}), never the token itself
     */
    void awaitTurn(String tokenKey) throws InterruptedException;

    /**
     * GitHub answered the write (or it failed): it reached GitHub by now, so the next write's gap runs from here.
     */
    default void answered(String tokenKey) {
    }
}
