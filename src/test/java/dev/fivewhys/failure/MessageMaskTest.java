package dev.fivewhys.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Masking skips a pattern when the message lacks what every match of it contains; a signature must come out the same
 * as with every pattern run, or results would stop grouping with the failures their earlier uploads opened.
 */
class MessageMaskTest {

    /** Pieces that each pattern looks for, and the near misses beside them. */
    private static final List<String> PIECES = List.of("a", "Z", "x", "f", "e", "0", "1", "7", "42", "123", "2025",
            "99999", "123456", "1011", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "-", "_", ":", ".", "/", "\\", "@",
            "$", "'", "\"", ",", "(", ")", "[", "]", "0x", "0X7ffee3b0", "@1a2b3c4", "Handler", "/tmp/", "/TMP/",
            "/var/tmp/", "/var/folders/", "/private/var/folders/xy/", "C:\\Users\\bob\\AppData\\Local\\Temp\\",
            "c:\\windows\\temp\\", "pytest-of-runner", "3f2b8c1e-9a4d-4e2f-8b1a-2c3d4e5f6a7b", "2025-09-08",
            "2025-09-08T23:20:01.123Z", "23:20", "9:05:01", "pm", "Mon, 08 Sep 2025 23:20:01 GMT", "Tue", "9 Sep 2025",
            "12/31/2025", "10.0.12.255", "req_8f3kz92a1", "sess-a81k2m9q", "'req_0aa91bx7c'", "8365f3012",
            "a1b2c3d4e5f6", "deadbeef", "2000ms", "12.5s", "30 seconds", "5 min", "µs", "3h", "ms", "K", "\u212A", "é",
            "ß", "😀", "test_websocket_1011_error");

    @Test
    void skippingPatternsChangesNoMessage() {
        Random random = new Random(20261129);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder message = new StringBuilder();
            for (int pieces = random.nextInt(12); pieces >= 0; pieces--) {
                message.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            sameAsEveryMask(message.toString());
        }
    }

    @Test
    void skippingPatternsChangesNoMessageOfTheBenchmarksKinds() {
        for (String message : List.of(
                "received 1011 (internal error) Internal error; then sent 1011 (internal error) for session "
                        + "3f2b8c1e-9a4d-4e2f-8b1a-2c3d4e5f6a7b",
                "server rejected WebSocket connection: HTTP 403 at 2025-09-09T23:00:01.123Z",
                "Expected agent_started event within 12.5s, got none (thread 3f2b8c1e-9a4d-4e2f-8b1a-2c3d4e5f6a7b)",
                "assert 500 == 200 : POST /api/v1/agents/execute failed (request a0123456789ab) at 2025-09-09T23:00:01Z",
                "Timed out waiting for Redis at 10.0.12.255:6379 after 3.1s",
                "cannot import name 'get_db_session_factory' from 'netra_backend.app.db.session' "
                        + "(/app/netra_backend/app/db/session.py)",
                "'thread_id'", "[Errno 111] Connect call failed ('127.0.0.1', 54321)",
                "(psycopg2.OperationalError) connection to server at \"10.12.3.4\", port 5432 failed: timeout expired",
                "Error 110 connecting to redis-staging:6379. Connection timed out. (pid 1234567)",
                "[Errno 13] Permission denied: '/tmp/pytest-of-runner/pytest-4242/session.json'",
                "Exception ignored in: <coroutine object WebSocketClient.close at 0x7fa0123456789ab>",
                "line  one\n\tline two  ", "diff ".repeat(1_000), "")) {
            sameAsEveryMask(message);
        }
    }

    @Test
    void signaturesStayWhatEarlierUploadsStored() {
        // computed before patterns were skipped: failures already in the database carry these hashes
        assertEquals("6f234bd1cd0057bf7766", FailureSignature.of("websockets.exceptions.ConnectionClosedError",
                "received 1011 (internal error) Internal error; then sent 1011 (internal error) for session "
                        + "3f2b8c1e-9a4d-4e2f-8b1a-2c3d4e5f6a7b")
                .hash());
        assertEquals("fa835465a732aaed35d3", FailureSignature.of("PermissionError",
                "[Errno 13] Permission denied: '/tmp/pytest-of-runner/pytest-4242/session.json'\tat "
                        + "2025-09-09T23:00:01.123Z")
                .hash());
    }

    private static void sameAsEveryMask(String message) {
        assertEquals(MessageMask.normalizeWithEveryMask(message), MessageMask.normalize(message), message);
    }
}
