package dev.fivewhys.result;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import dev.fivewhys.failure.FailureTally;

/**
 * Reads a report on a thread of its own while the upload's thread writes what has been read, so parsing
 * and writing overlap and an upload costs little more than its inserts. Cases cross over in batches
 * through a queue of {@link #AHEAD} batches: what waits in memory is bounded whatever the report's size.
 * The reading thread computes what needs no database (suite, signature, severity, tallies); it never
 * touches the database, so all writing stays on the upload's thread, in its transaction.
 */
final class ReportReader implements AutoCloseable {

    static final int AHEAD = 2;

    /** A case as it will be written: cut to the columns' widths, with its failure signature when failing. */
    record ReadCase(String suite, String className, String name, String file, TestStatus status, long durationMillis,
            boolean flaky, String failureType, String message, String trace, String signatureHash) {
    }

    /** A batch of cases; or the end of the report (totals); or why reading stopped (failure). */
    private record Chunk(List<ReadCase> cases, RunTotals totals, Throwable failure) {
    }

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "report-reader");
        thread.setDaemon(true);
        return thread;
    });

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Future<?> task;
    private RunTotals totals;
    private long waitedNanos;

    ReportReader(InputStream report, SuiteSeverity severity, FailureTally failures, SuiteTally suites) {
        task = THREADS.submit(() -> read(report, severity, failures, suites));
    }

    /** The next batch of cases; null once the report has been read to its end. */
    List<ReadCase> next() throws ReportRejectedException {
        Chunk chunk;
        long start = System.nanoTime();
        try {
            chunk = queue.take();
            waitedNanos += System.nanoTime() - start;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the report", e);
        }
        if (chunk.failure() instanceof ReportRejectedException rejected) {
            throw rejected;
        } else if (chunk.failure() instanceof RuntimeException runtime) {
            throw runtime;
        } else if (chunk.failure() != null) {
            throw new IllegalStateException("Reading the report failed", chunk.failure());
        }
        if (chunk.cases() == null) {
            totals = chunk.totals();
        }
        return chunk.cases();
    }

    /** The report's totals, once {@link #next()} has returned null. */
    RunTotals totals() {
        return totals;
    }

    /** How long the writing side waited for parsed cases: what parsing added to the upload's time. */
    long waitedMillis() {
        return waitedNanos / 1_000_000;
    }

    /** Stops the reading thread if the writing gave up before the end. */
    @Override
    public void close() {
        task.cancel(true);
    }

    private void read(InputStream report, SuiteSeverity severity, FailureTally failures, SuiteTally suites) {
        try {
            Batcher batcher = new Batcher(severity, failures, suites);
            RunTotals read = new JUnitReportParser().parse(report, batcher);
            batcher.handOver();
            hand(new Chunk(null, read, null));
        } catch (Stopped stopped) {
            // the writing side is gone: nobody waits for the rest
        } catch (Throwable failure) {
            try {
                hand(new Chunk(null, null, failure));
            } catch (Stopped stopped) {
                // as above
            }
        }
    }

    /** Gathers cases into batches and hands each over when full. */
    private final class Batcher implements Consumer<ParsedTestCase> {
        private final SuiteSeverity severity;
        private final FailureTally failures;
        private final SuiteTally suites;
        private List<ReadCase> cases = new ArrayList<>(ResultWriter.BATCH_SIZE);

        Batcher(SuiteSeverity severity, FailureTally failures, SuiteTally suites) {
            this.severity = severity;
            this.failures = failures;
            this.suites = suites;
        }

        @Override
        public void accept(ParsedTestCase testCase) {
            ReadCase readCase = prepare(testCase, severity, failures);
            suites.count(readCase.suite(), readCase.status(), readCase.durationMillis());
            cases.add(readCase);
            if (cases.size() == ResultWriter.BATCH_SIZE) {
                handOver();
            }
        }

        void handOver() {
            if (!cases.isEmpty()) {
                hand(new Chunk(cases, null, null));
                cases = new ArrayList<>(ResultWriter.BATCH_SIZE);
            }
        }
    }

    private static ReadCase prepare(ParsedTestCase testCase, SuiteSeverity severity, FailureTally failures) {
        String type = ResultWriter.cut(testCase.failureType(), ResultWriter.TYPE_WIDTH);
        String hash = testCase.status().isFailing()
                ? failures.add(type, testCase.message(), severity.of(testCase.file(), testCase.className()))
                : null;
        return new ReadCase(ResultWriter.cut(testCase.suite(), ResultWriter.SUITE_WIDTH),
                ResultWriter.cut(testCase.className(), ResultWriter.CLASS_WIDTH),
                testCase.name() == null ? "" : ResultWriter.cut(testCase.name(), ResultWriter.NAME_WIDTH),
                ResultWriter.cut(testCase.file(), ResultWriter.FILE_WIDTH), testCase.status(),
                testCase.durationMillis(), testCase.flaky(), type, testCase.message(), testCase.traceExcerpt(), hash);
    }

    private void hand(Chunk chunk) {
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** The writing side cancelled the reading. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
