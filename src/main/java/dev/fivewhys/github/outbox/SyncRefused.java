package dev.fivewhys.github.outbox;

/** A job that cannot be sent as things stand (no token, no repository): it fails with this reason. */
public class SyncRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SyncRefused(String message) {
        super(message);
    }
}
