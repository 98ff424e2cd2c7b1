#!/usr/bin/env python3
"""Writes a realistic JUnit XML report for bench/ingest (pytest-style, e2e suites against staging).

Most cases pass; about 4% fail, 1% error and 3% are skipped. Failing cases draw from 36 failure kinds
(WebSocket 1011 vs 1006, HTTP 5xx, timeouts, import errors...) whose messages carry what changes from run
to run (UUIDs, timestamps, request ids, ports, durations), so they should group into 36 failures.

usage: generate_report.py OUT --cases N [--min-mb M] [--seed S]
  --min-mb keeps adding cases (beyond N) until the file is at least M megabytes.
"""
import argparse
import random
import uuid
from datetime import datetime, timedelta
from xml.sax.saxutils import escape, quoteattr

AREAS = ["websocket", "agent", "auth", "threads", "billing", "messages", "search", "uploads", "admin", "health"]

# (type, message template): {u} uuid, {t} timestamp, {h} hex id, {n} big number, {d} duration, {p} port
KINDS = [
    ("websockets.exceptions.ConnectionClosedError", "received 1011 (internal error) Internal error; then sent 1011 (internal error) for session {u}"),
    ("websockets.exceptions.ConnectionClosedError", "received 1006 (connection closed abnormally) [no close frame]; session {u} at {t}"),
    ("websockets.exceptions.ConnectionClosedError", "received 1008 (policy violation) Authentication failed for connection {h}"),
    ("websockets.exceptions.InvalidStatusCode", "server rejected WebSocket connection: HTTP 403 at {t}"),
    ("AssertionError", "Expected agent_started event within {d}, got none (thread {u})"),
    ("AssertionError", "Expected 5 WebSocket events, received 3 for run {u}"),
    ("AssertionError", "assert 503 == 200 : GET https://api.staging.netrasystems.ai/api/v1/threads/{u} returned 503"),
    ("AssertionError", "assert 500 == 200 : POST /api/v1/agents/execute failed (request {h}) at {t}"),
    ("AssertionError", "assert 401 == 200 : token for user {u} rejected"),
    ("AssertionError", "Response time {d} exceeds p95 target of 2s"),
    ("AssertionError", "Message order violated: expected agent_thinking before tool_executing (correlation {h})"),
    ("AssertionError", "assert 'completed' == 'running' for thread {u}"),
    ("TimeoutError", "Agent response not received within {d} (request {h})"),
    ("TimeoutError", "Timed out waiting for Redis at 10.0.{n3}.{n3}:6379 after {d}"),
    ("asyncio.exceptions.TimeoutError", "WebSocket handshake timed out after {d} to wss://api.staging.netrasystems.ai/ws (attempt {n})"),
    ("ImportError", "cannot import name 'get_db_session_factory' from 'netra_backend.app.db.session' (/app/netra_backend/app/db/session.py)"),
    ("ImportError", "cannot import name 'UnifiedWebSocketManager' from 'netra_backend.app.websocket_core'"),
    ("ModuleNotFoundError", "No module named 'netra_backend.app.services.agent_registry_v2'"),
    ("KeyError", "'thread_id'"),
    ("KeyError", "'user_execution_context'"),
    ("AttributeError", "'NoneType' object has no attribute 'send_json' (websocket {h})"),
    ("AttributeError", "'AgentRegistry' object has no attribute 'get_agent_for_user'"),
    ("TypeError", "UserExecutionContext.__init__() missing 1 required positional argument: 'request_id'"),
    ("ValueError", "Invalid JWT: signature verification failed for token issued at {t}"),
    ("ConnectionRefusedError", "[Errno 111] Connect call failed ('127.0.0.1', {p})"),
    ("ConnectionResetError", "[Errno 104] Connection reset by peer during read of {n} bytes"),
    ("sqlalchemy.exc.OperationalError", "(psycopg2.OperationalError) connection to server at \"10.12.{n3}.{n3}\", port 5432 failed: timeout expired"),
    ("sqlalchemy.exc.IntegrityError", "duplicate key value violates unique constraint \"threads_pkey\" DETAIL: Key (id)=({u}) already exists."),
    ("redis.exceptions.ConnectionError", "Error 110 connecting to redis-staging:6379. Connection timed out. (pid {n})"),
    ("httpx.ReadTimeout", "timed out after {d} reading https://auth.staging.netrasystems.ai/oauth/token"),
    ("httpx.HTTPStatusError", "Server error '502 Bad Gateway' for url 'https://api.staging.netrasystems.ai/health' at {t}"),
    ("json.decoder.JSONDecodeError", "Expecting value: line 1 column 1 (char 0) in response of request {h}"),
    ("RuntimeError", "Event loop is closed (task {h})"),
    ("RuntimeError", "Agent execution failed: tool 'data_helper' raised in run {u}"),
    ("PermissionError", "[Errno 13] Permission denied: '/tmp/pytest-of-runner/pytest-{n}/session.json'"),
    ("pytest.PytestUnraisableExceptionWarning", "Exception ignored in: <coroutine object WebSocketClient.close at 0x7f{h}>"),
]

START = datetime(2025, 9, 9, 23, 0, 0)


def message(rng, template, case_no):
    when = START + timedelta(seconds=case_no * 3 + rng.randint(0, 59))
    return template.format(
        u=uuid.UUID(int=rng.getrandbits(128), version=4),
        t=when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        h="a%011x" % rng.getrandbits(44),
        n=rng.randint(10000, 9999999),
        n3=rng.randint(0, 255),
        d="%.1fs" % rng.uniform(2.1, 60),
        p=rng.randint(20000, 65000),
    )


def trace(rng, area, file, name, kind_type, msg):
    frames = []
    for depth in range(rng.randint(6, 14)):
        frames.append('  File "/home/runner/work/netra-apex/netra-apex/netra_backend/app/%s/module_%d.py", line %d, in handler_%d\n'
                      "    result = await self.dispatch(context, payload)\n" % (area, depth, rng.randint(10, 2400), depth))
    return ("Traceback (most recent call last):\n  File \"%s\", line %d, in %s\n" % (file, rng.randint(20, 900), name)
            + "".join(frames) + "%s: %s\n" % (kind_type, msg))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--cases", type=int, default=100000)
    parser.add_argument("--min-mb", type=float, default=0)
    parser.add_argument("--seed", type=int, default=20250909)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    min_bytes = int(args.min_mb * 1024 * 1024)
    written = 0
    cases = 0
    with open(args.out, "w", encoding="utf-8", buffering=1 << 20) as out:
        def put(text):
            nonlocal written
            out.write(text)
            written += len(text)  # ASCII only, so characters are bytes

        put('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="pytest tests">\n')
        suite_no = 0
        while cases < args.cases or written < min_bytes:
            area = AREAS[suite_no % len(AREAS)]
            module = "test_%s_%d" % (area, suite_no)
            file = "tests/e2e/staging/%s.py" % module
            put('  <testsuite name="%s" file="%s" timestamp="%s" hostname="runner-%d">\n'
                % (module, file, (START + timedelta(minutes=suite_no)).isoformat(), rng.randint(1, 9)))
            for _ in range(rng.randint(20, 200)):
                cases += 1
                name = "test_%s_case_%d" % (area, cases)
                classname = "tests.e2e.staging.%s.Test%s" % (module, area.capitalize())
                attrs = 'classname=%s name=%s file=%s time="%.3f"' % (
                    quoteattr(classname), quoteattr(name), quoteattr(file), rng.expovariate(1 / 0.8))
                roll = rng.random()
                if roll < 0.92:
                    put("    <testcase %s/>\n" % attrs)
                elif roll < 0.95:
                    put('    <testcase %s><skipped type="pytest.skip" message="requires staging credentials"/></testcase>\n' % attrs)
                else:
                    kind_type, template = KINDS[rng.randrange(len(KINDS))]
                    msg = message(rng, template, cases)
                    element = "error" if roll < 0.96 else "failure"
                    body = trace(rng, area, file, name, kind_type, msg)
                    put("    <testcase %s><%s type=%s message=%s>%s</%s><system-out>%s</system-out></testcase>\n" % (
                        attrs, element, quoteattr(kind_type), quoteattr(msg), escape(body), element,
                        escape("[%s] connecting to wss://api.staging.netrasystems.ai/ws\n" % START.isoformat()) * 3))
            put("  </testsuite>\n")
            suite_no += 1
        put("</testsuites>\n")
    print("%d cases, %.1f MB" % (cases, written / 1048576.0))


if __name__ == "__main__":
    main()
