package dev.fivewhys.history;

/** Fired in an upload's transaction when its run joins {@link TestHistoryQueue}; observed once it commits. */
public record HistoryQueued(long projectId) {
}
