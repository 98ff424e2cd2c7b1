package dev.fivewhys.result;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;

import dev.fivewhys.failure.FailureLedger;
import dev.fivewhys.failure.FailureTally;
import dev.fivewhys.failure.KnownFailures;
import dev.fivewhys.history.TestHistoryBook;
import dev.fivewhys.history.TestHistoryQueue;
import dev.fivewhys.session.TestSession;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Stores one JUnit report of a session: its run, its results, and what its failing results add to the
 * project's failures, all in one transaction, so a refused or broken report leaves nothing behind.
 * The report streams from the request straight through the parser ({@link ReportReader}, on its own
 * thread) into a COPY on this one ({@link ResultWriter}): memory does not grow with its size.
 */
@ApplicationScoped
public class ResultIngestion {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    FailureLedger ledger;
    @Inject
    TestHistoryBook history;
    @Inject
    TestHistoryQueue historyQueue;
    @Inject
    Event<ResultsIngested> ingested;
    @Inject
    ResultPartitions partitions;

    private static final Logger LOG = Logger.getLogger(ResultIngestion.class);

    /** Source names are cut to the width of test_run.source_name. */
    static final int SOURCE_NAME_WIDTH = 300;

    /**
     * @throws ReportRejectedException the upload is not a report we can read; nothing was stored
     * @throws java.io.UncheckedIOException reading the upload failed (dropped connection); nothing was stored
     */
    // a big report from a slow CI runner may take longer than the default 60 s
    // not transactional itself: the call below starts the transaction, with its timeout (ArC intercepts self-calls)
    public IngestReport ingest(long sessionId, InputStream report, String sourceName, String uploadedBy)
            throws ReportRejectedException {
        return ingest(sessionId, report, sourceName, uploadedBy, RunContext.NONE);
    }

    /** @param context where the report comes from (commit, branch, CI job, environment), stored on the run */
    @Transactional(rollbackOn = ReportRejectedException.class)
    @TransactionConfiguration(timeout = 3600)
    public IngestReport ingest(long sessionId, InputStream report, String sourceName, String uploadedBy,
            RunContext context) throws ReportRejectedException {
        return store(sessionId, report, sourceName, uploadedBy, context, clock.instant());
    }

    /** As {@link #ingest}, as if uploaded at {@code now}: for tests of what happens to old results. */
    @Transactional(rollbackOn = ReportRejectedException.class)
    IngestReport ingestAt(long sessionId, InputStream report, String sourceName, String uploadedBy, Instant now)
            throws ReportRejectedException {
        return store(sessionId, report, sourceName, uploadedBy, RunContext.NONE, now);
    }

    private IngestReport store(long sessionId, InputStream report, String sourceName, String uploadedBy,
            RunContext context, Instant now) throws ReportRejectedException {
        TestSession session = TestSession.findById(sessionId);
        if (session == null) {
            throw new NotFoundException();
        }
        partitions.ensure(now);
        long projectId = session.project.id;
        // before the run takes its id: histories apply the project's runs in run-id order, never past an upload under way
        try (Connection connection = dataSource.getConnection()) {
            historyQueue.uploadStarting(connection, projectId);
        } catch (SQLException e) {
            throw new IllegalStateException("Starting an upload for project " + projectId + " failed", e);
        }
        TestRun run = new TestRun();
        run.session = session;
        run.sourceName = sourceName == null || sourceName.isBlank() ? null
                : ResultWriter.cut(sourceName.strip(), SOURCE_NAME_WIDTH);
        run.uploadedBy = uploadedBy;
        run.uploadedAt = now;
        run.record(context);
        run.persistAndFlush();

        long started = System.nanoTime();
        FailureTally failures = new FailureTally();
        SuiteTally suites = new SuiteTally();
        // within the transaction the data source hands out the connection Hibernate uses: same transaction
        try (Connection connection = dataSource.getConnection();
                KnownFailures known = new KnownFailures(connection, session.project.id);
                // closed before the look-up statement: a COPY left under way is cancelled first
                ResultWriter writer = new ResultWriter(connection, run.id, session.id, run.storedMonth());
                ReportReader reader = new ReportReader(report, SuiteSeverity.of(session), failures, suites)) {
            for (List<ReportReader.ReadCase> batch = reader.next(); batch != null; batch = reader.next()) {
                List<String> unknown = known.unknown(batch.stream().map(ReportReader.ReadCase::signatureHash).toList());
                if (!unknown.isEmpty()) {
                    // a COPY holds the connection: end it for the look-up (rare once the report's kinds are seen)
                    writer.pause();
                    known.lookUp(unknown);
                }
                for (ReportReader.ReadCase readCase : batch) {
                    writer.write(readCase, known.idOf(readCase.signatureHash()));
                }
            }
            writer.pause();
            RunTotals totals = reader.totals();
            suites.store(connection, run.id);
            run.record(totals);
            long stored = System.nanoTime();
            // before grouping: a quarantined test's failing results are taken out of it; the rest of the tests'
            // histories is brought up to date after the commit, from the queue
            int quarantined = history.setQuarantinedAside(connection, projectId, run.id, run.storedMonth(), failures,
                    now);
            historyQueue.enqueue(connection, projectId, run.id, now);
            long histories = System.nanoTime();
            FailureLedger.Recorded recorded = ledger.record(connection, session, run.id, run.storedMonth(), failures,
                    known.reserved(), uploadedBy, now);
            TestRun.flush();
            // what an operator (and bench/ingest) needs to see where an upload's time goes
            LOG.infof("Stored run %d of session %d: %d results read and written in %d ms (%d ms of it waiting for the "
                    + "parser), %d quarantined failing results set aside and the run queued for its tests' histories "
                    + "in %d ms, %d failures grouped in %d ms", run.id, session.id, totals.tests(),
                    (stored - started) / 1_000_000, reader.waitedMillis(), quarantined, (histories - stored) / 1_000_000,
                    recorded.touchedIds().size(), (System.nanoTime() - histories) / 1_000_000);
            ingested.fire(new ResultsIngested(session.id, run.id, run.storedMonth(), recorded.touchedIds(),
                    recorded.reopenedIds()));
            return IngestReport.of(run, recorded);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the results of run " + run.id + " failed", e);
        }
    }
}
