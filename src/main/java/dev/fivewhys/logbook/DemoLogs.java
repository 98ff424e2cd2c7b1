package dev.fivewhys.logbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.fivewhys.core.FiveWhysConfig;
import dev.fivewhys.logbook.parse.ParsedSessionLog;
import dev.fivewhys.logbook.parse.SessionLogParser;
import dev.fivewhys.project.Project;
import dev.fivewhys.session.TestSession;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode's demo data: the team's two hand-kept logs (copied byte for byte into {@code demo/}), imported the way an
 * engineer imports a log, so a first look shows real work: sessions, timelines, analyses, fixes, audits and stability
 * validations, all from the logs.
 */
@ApplicationScoped
public class DemoLogs {

    private static final Logger LOG = Logger.getLogger(DemoLogs.class);
    /** Oldest first. */
    static final List<String> LOGS = List.of("demo/004_f6ef80675e494233.txt", "demo/000_40275d03c533f832.txt");
    private static final String IMPORTED_BY = "engineer";

    @Inject
    FiveWhysConfig config;
    @Inject
    Clock clock;
    @Inject
    ImportWriter writer;

    private final SessionLogParser parser = new SessionLogParser();

    /** After the demo users (AccountBootstrap), on a database without sessions. */
    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 10) StartupEvent event) {
        if (!config.demoData() || TestSession.count() > 0) {
            return;
        }
        load(Project.findBySlug("netra-apex").orElseGet(this::project));
    }

    /** Imports the demo logs into the project; a log imported before is left alone. */
    void load(Project project) {
        for (String name : LOGS) {
            ParsedSessionLog log = parser.parse(ImportForm.decode(read(name)));
            if (SessionImport.findByFingerprint(log.fingerprint()).isPresent()) {
                continue;
            }
            ImportPlan plan = LogPlanner.plan(log, LogPlanner.Context.of(project.githubRepository, clock.instant(), config));
            TestSession session = writer.create(plan, project, new ImportWriter.Source(log.fingerprint(),
                    log.source().repair().charset(), IMPORTED_BY));
            LOG.infof("Imported demo log %s as session %d", name, session.id);
        }
    }

    private Project project() {
        Project project = new Project();
        project.name = "Netra Apex";
        project.slug = "netra-apex";
        project.githubRepository = "netra-systems/netra-apex";
        project.defaultLabels = "claude-code-generated-issue";
        project.createdAt = clock.instant();
        project.persist();
        return project;
    }

    private static byte[] read(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo log " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
