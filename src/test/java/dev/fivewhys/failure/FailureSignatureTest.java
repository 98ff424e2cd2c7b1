package dev.fivewhys.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FailureSignatureTest {

    private static final String WS_ERROR = "websockets.exceptions.ConnectionClosedError";
    private static final String WS_1011 = "received 1011 (internal error) Internal error; "
            + "then sent 1011 (internal error) Internal error";
    private static final String IMPORT_ERROR = "cannot import name 'get_db_session_factory' "
            + "from 'netra_backend.app.db.session'";

    private static void sameFailure(String type, String first, String second) {
        FailureSignature a = FailureSignature.of(type, first);
        FailureSignature b = FailureSignature.of(type, second);
        assertEquals(a.normalized(), b.normalized());
        assertEquals(a.hash(), b.hash());
        assertEquals(a, b);
    }

    private static void differentFailures(String typeA, String first, String typeB, String second) {
        assertNotEquals(FailureSignature.of(typeA, first).hash(), FailureSignature.of(typeB, second).hash());
    }

    @Test
    void unquotedGeneratedIdsAfterAPrefixCluster() {
        sameFailure("RuntimeError", "request req_8f3kz92a1 failed with 503", "request req_x7p2m4q9 failed with 503");
        sameFailure("KeyError", "no session sess-a81k2m9q in cache", "no session sess-0b7z2k1x in cache");
        differentFailures("RuntimeError", "request req_8f3kz92a1 failed with 503", "RuntimeError",
                "request req_8f3kz92a1 failed with 500");
        assertTrue(FailureSignature.of("AssertionError", "test_websocket_1011_error failed").normalized()
                .contains("test_websocket_1011_error"), "names with words and codes are kept");
    }

    @Test
    void keepsTheSeedMessagesWhole() {
        FailureSignature ws = FailureSignature.of(WS_ERROR, WS_1011);
        assertEquals(WS_1011, ws.normalized());
        assertEquals(WS_ERROR, ws.failureType());
        assertEquals(WS_ERROR + ": " + WS_1011, ws.text());
        assertEquals(IMPORT_ERROR, FailureSignature.of("ImportError", IMPORT_ERROR).normalized());
    }

    @Test
    void hashIsStableHex() {
        FailureSignature signature = FailureSignature.of(WS_ERROR, WS_1011);
        assertTrue(signature.hash().matches("[0-9a-f]{20}"), signature.hash());
        assertEquals(signature.hash(), FailureSignature.of(" " + WS_ERROR + " ", "  " + WS_1011 + "\n").hash());
    }

    @Test
    void clustersAcrossIds() {
        sameFailure("AssertionError", "session 3f2b8c1e-9a4d-4e2f-8b1a-2c3d4e5f6a7b not found",
                "session 0b7e4f1a-1c2d-4e5f-9a8b-7c6d5e4f3a2b not found");
        sameFailure("AssertionError", "deploy of commit 8365f3012 failed", "deploy of commit a1b2c3d4e5f6 failed");
        sameFailure("KeyError", "request 'req_8f3kz92a1' failed", "request 'req_0aa91bx7c' failed");
        sameFailure("AssertionError", "user 1234567 has no thread", "user 98765 has no thread");
        sameFailure("ConnectionRefusedError", "connect ECONNREFUSED 127.0.0.1:54321",
                "connect ECONNREFUSED 127.0.0.1:61234");
    }

    @Test
    void clustersAcrossTimes() {
        sameFailure("AssertionError", "event at 2025-09-08T23:20:01.123Z was late",
                "event at 2025-09-09T01:02:03+02:00 was late");
        sameFailure("AssertionError", "log started 23:20 on 2025-09-08", "log started 9:05 on 2025-10-01");
        sameFailure("TimeoutError", "Timeout of 2000ms exceeded", "Timeout of 15000ms exceeded");
        sameFailure("TimeoutError", "no reply after 30 seconds (p95 12.5s)", "no reply after 5 seconds (p95 0.8s)");
        sameFailure("HttpError", "Date: Mon, 08 Sep 2025 23:20:01 GMT", "Date: Tue, 09 Sep 2025 07:00:00 GMT");
    }

    @Test
    void clustersAcrossAddressesAndTempPaths() {
        sameFailure("NullPointerException", "at Handler@1a2b3c4 in 0x7ffee3b0a8c0",
                "at Handler@9f8e7d in 0x7f00aa11bb22");
        sameFailure("FileNotFoundError", "no such file: /tmp/pytest-of-runner/pytest-12/test_upload0/report.xml",
                "no such file: /tmp/pytest-of-ci/pytest-3/test_upload1/report.xml");
        sameFailure("IOException", "cannot open /private/var/folders/xy/abc123/T/junit55/a.txt",
                "cannot open /var/folders/qq/zz9/T/junit77/a.txt");
        sameFailure("IOException", "cannot open C:\\Users\\bob\\AppData\\Local\\Temp\\junit123\\x.txt",
                "cannot open C:\\Users\\ci\\AppData\\Local\\Temp\\junit9\\x.txt");
        sameFailure("AssertionError", "line  one\n\tline two  ", "line one line two");
    }

    @Test
    void keepsShortCodesApart() {
        differentFailures(WS_ERROR, WS_1011, WS_ERROR, WS_1011.replace("1011", "1006"));
        differentFailures("HTTPError", "403 Forbidden", "HTTPError", "500 Internal Server Error");
        differentFailures("HTTPError", "expected 200 but got 403", "HTTPError", "expected 200 but got 500");
        differentFailures("OSError", "[Errno 111] Connection refused", "OSError", "[Errno 113] No route to host");
        differentFailures("OperationalError", "localhost:5432 refused", "OperationalError", "localhost:6379 refused");
        differentFailures("AssertionError", "'test_websocket_1011_error' failed", "AssertionError",
                "'test_websocket_1006_error' failed");
        differentFailures("AssertionError", "expected [1.2.1] but found [1.2.0]", "AssertionError",
                "expected [1.3.1] but found [1.3.0]");
    }

    @Test
    void differentTypesAreDifferentFailures() {
        differentFailures(WS_ERROR, WS_1011, "websockets.exceptions.ConnectionClosedOK", WS_1011);
        differentFailures("ImportError", IMPORT_ERROR, "ModuleNotFoundError", IMPORT_ERROR);
        differentFailures("", "x", "x", "");
    }

    @Test
    void boundsTheNormalizedMessage() {
        FailureSignature signature = FailureSignature.of("AssertionError", "diff ".repeat(1_000));
        assertTrue(signature.normalized().length() <= MessageMask.MAX_LENGTH);
        assertEquals("", FailureSignature.of(null, null).normalized());
        assertEquals("", FailureSignature.of(null, null).failureType());
    }
}
