package dev.fivewhys.github.client;

/**
 * Called by the gateway right before each request that creates or changes content on GitHub, so that pacing
 * counts the requests actually sent (one sync job can take several).
 */
@FunctionalInterface
public interface WritePacer {

    /** No pacing, for callers that pace on their own. */
    WritePacer NONE = () -> {
    };

    void awaitTurn() throws InterruptedException;
}
