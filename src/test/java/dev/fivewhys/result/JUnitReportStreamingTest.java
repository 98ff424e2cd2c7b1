package dev.fivewhys.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A big report is read as it arrives: cases reach the sink long before the end of the file. */
class JUnitReportStreamingTest {

    /** Writes a report of {@code cases} cases on demand, so the test itself never holds it. */
    static final class GeneratedReport extends InputStream {
        private final int cases;
        private int written;
        private byte[] chunk = "<?xml version=\"1.0\"?>\n<testsuites><testsuite name=\"big\">\n"
                .getBytes(StandardCharsets.UTF_8);
        private int position;
        private boolean closed;
        final AtomicLong bytesServed = new AtomicLong();

        GeneratedReport(int cases) {
            this.cases = cases;
        }

        @Override
        public int read() {
            if (position == chunk.length && !nextChunk()) {
                return -1;
            }
            bytesServed.incrementAndGet();
            return chunk[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position == chunk.length && !nextChunk()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, n);
            position += n;
            bytesServed.addAndGet(n);
            return n;
        }

        private boolean nextChunk() {
            String next;
            if (written < cases) {
                written++;
                next = written % 100 == 0
                        ? "<testcase classname=\"e2e.Ws\" name=\"t" + written + "\" time=\"0.010\"><failure message=\"id "
                                + written + "\"><![CDATA[" + "trace line\n".repeat(2_000) + "]]></failure>"
                                + "<system-out>" + "log line\n".repeat(2_000) + "</system-out></testcase>\n"
                        : "<testcase classname=\"e2e.Ws\" name=\"t" + written + "\" time=\"0.010\"/>\n";
            } else if (!closed) {
                closed = true;
                next = "</testsuite></testsuites>\n";
            } else {
                return false;
            }
            chunk = next.getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }

    @Test
    void handsCasesToTheSinkWhileReading() throws Exception {
        GeneratedReport report = new GeneratedReport(100_000);
        AtomicLong servedAtFirstCase = new AtomicLong(-1);
        long[] seen = { 0 };
        RunTotals totals = new JUnitReportParser().parse(report, testCase -> {
            if (seen[0]++ == 0) {
                servedAtFirstCase.set(report.bytesServed.get());
            }
            if (testCase.traceExcerpt() != null) {
                assertTrue(testCase.traceExcerpt().length() <= Outcome.TRACE_LIMIT + 1);
            }
        });
        assertEquals(100_000, totals.tests());
        assertEquals(99_000, totals.passed());
        assertEquals(1_000, totals.failed());
        assertEquals(1_000_000, totals.durationMillis());
        long total = report.bytesServed.get();
        assertTrue(total > 40_000_000, "the report is big: " + total);
        assertTrue(servedAtFirstCase.get() < total / 100, "first case arrived after " + servedAtFirstCase.get());
    }

    /** One test case whose system-out is a CDATA section of {@code size} bytes. */
    static InputStream hugeCdataReport(long size) {
        byte[] head = "<testsuite><testcase name=\"t\"><system-out><![CDATA[".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "]]></system-out></testcase></testsuite>".getBytes(StandardCharsets.UTF_8);
        InputStream log = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(
                List.of(new ByteArrayInputStream(head), log, new ByteArrayInputStream(tail))));
    }

    @Test
    void aHugeCdataLogDoesNotFillTheHeap() throws Exception {
        // 600 MB of CDATA would need 1.2 GB of chars if buffered whole: more than the test JVM's -Xmx1g
        long[] outputLength = { -1 };
        RunTotals totals = new JUnitReportParser().parse(hugeCdataReport(600L << 20),
                testCase -> outputLength[0] = testCase.outputExcerpt().length());
        assertEquals(1, totals.tests());
        assertEquals(OpenCase.OUTPUT_LIMIT + 1, outputLength[0]);
    }
}
