package dev.fivewhys.logbook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import dev.fivewhys.analysis.Analyses;
import dev.fivewhys.analysis.Analysis;
import dev.fivewhys.audit.ComplianceAudit;
import dev.fivewhys.audit.Reviews;
import dev.fivewhys.audit.StabilityValidation;
import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.failure.Failure;
import dev.fivewhys.failure.LoggedFailures;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.fix.FixStatus;
import dev.fivewhys.fix.Fixes;
import dev.fivewhys.github.outbox.GitHubLink;
import dev.fivewhys.logbook.ImportPlan.AnalysisPlan;
import dev.fivewhys.logbook.ImportPlan.EntryValues;
import dev.fivewhys.logbook.ImportPlan.FailureValues;
import dev.fivewhys.logbook.ImportPlan.FixPlan;
import dev.fivewhys.logbook.ImportPlan.LinkValues;
import dev.fivewhys.project.Project;
import dev.fivewhys.session.LogEntry;
import dev.fivewhys.session.Sessions;
import dev.fivewhys.session.TestSession;
import dev.fivewhys.session.TimelineResource;
import dev.fivewhys.web.FormErrors;

/**
 * Creates the records of an {@link ImportPlan} in the caller's transaction, through the services the pages and the API
 * use, so they are checked and logged the same way; nothing here writes to GitHub or queues a sync: the links found in
 * the log are recorded as imported links only.
 */
@ApplicationScoped
public class ImportWriter {

    /** Words by which a log says it continues an earlier session. */
    private static final Pattern CONTINUES = Pattern
            .compile("(?i)\\bcontinuation\\b|\\bprevious session\\b|\\bcontinu(?:es|ing) (?:from )?session\\b");
    /** What a continuation's title adds to the title it continues: the word and a date. */
    private static final Pattern CONTINUATION_WORDS = Pattern
            .compile("(?i)\\bcontinuation\\b|\\b\\d{8}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b");

    /** Imported GitHub links belong to the session the log was about. */
    public static final String LINK_RECORD = "session";
    static final String NO_TITLE = "The log has no title: its first line should be a heading such as "
            + "\"# ULTIMATE TEST DEPLOY LOOP: …\"";
    /** Imported GitHub links keep their URL in a column of this width. */
    private static final int LINK_URL_MAX = 500;

    @Inject
    Clock clock;
    @Inject
    Validator validator;
    @Inject
    Sessions sessions;
    @Inject
    Analyses analyses;
    @Inject
    Fixes fixes;
    @Inject
    PreventionFollowUps preventionFollowUps;
    @Inject
    Reviews reviews;
    @Inject
    LoggedFailures loggedFailures;

    /** The log's text as repaired, identified by its fingerprint; who imports it. */
    public record Source(String fingerprint, String repairedCharset, String actor) {
    }

    /**
     * What stops a plan from being imported: a log without a title, or a value the records refuse. Each record is
     * checked by the service that writes it, as the pages and the API are, so an import cannot store what they would
     * refuse. Shown on the preview, saying where in the log; the import is refused until the log is fixed.
     */
    public List<String> problems(ImportPlan plan) {
        List<String> problems = new ArrayList<>();
        check(problems, "The session", errors -> {
            if (plan.session().title() == null) {
                errors.add("title", NO_TITLE);
            }
            sessions.check(plan.session(), errors);
            sessions.checkPlan(plan.phases(), plan.criteria(), errors);
        });
        for (EntryValues entry : plan.entries()) {
            check(problems, "Entry \"" + ReportLines.flat(entry.title()) + "\"", errors -> errors
                    .addAll(validator.validateValue(TimelineResource.LogEntryForm.class, "title", entry.title())));
        }
        for (int i = 0; i < plan.analyses().size(); i++) {
            AnalysisPlan analysis = plan.analyses().get(i);
            check(problems, "Five-whys analysis " + (i + 1),
                    errors -> analyses.check(analysis.content(), analysis.complete(), errors));
            for (FixPlan fix : analysis.fixes()) {
                String where = "The fix \"" + ReportLines.flat(fix.content().summary()) + "\"";
                check(problems, where, errors -> fixes.check(fix.content(), errors));
                fix.audits().forEach(audit -> check(problems, where + ", its audit",
                        errors -> reviews.check(audit.content(), errors)));
                fix.validations().forEach(validation -> check(problems, where + ", its stability validation",
                        errors -> reviews.check(validation.content(), errors)));
            }
        }
        plan.links().stream().filter(l -> l.url().length() > LINK_URL_MAX).forEach(l -> problems.add("GitHub link "
                + l.url() + " is longer than " + LINK_URL_MAX + " characters; shorten it in the log and try again."));
        return problems;
    }

    private static void check(List<String> problems, String what, Consumer<FormErrors> checks) {
        FormErrors errors = FormErrors.none();
        checks.accept(errors);
        errors.asMap().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> problems
                .add(what + " (" + e.getKey() + "): " + e.getValue() + ". Change it in the log and try again."));
    }

    /**
     * @throws ValidationProblem when a service refuses a record ({@link #problems} says so first); the caller's
     *         transaction must then be rolled back
     */
    public TestSession create(ImportPlan plan, Project project, Source source) {
        Instant now = clock.instant();
        FormErrors errors = FormErrors.none();
        TestSession session = refusedOr(sessions.open(project, continued(plan, project), plan.session(), plan.phases(),
                plan.criteria(), source.actor(), errors), errors);
        List<LogEntry> entries = new ArrayList<>();
        for (EntryValues values : plan.entries()) {
            entries.add(session.addLogEntry(values.occurredAt(), values.title(), values.body(), null, now));
        }
        session.persistAndFlush();
        for (int i = 0; i < entries.size(); i++) {
            LogSection section = plan.entries().get(i).section();
            if (section != null) {
                LogEntrySection.mark(entries.get(i).id, section);
            }
        }

        SessionImport row = new SessionImport();
        row.session = session;
        row.fingerprint = source.fingerprint();
        row.repairedCharset = source.repairedCharset();
        row.importedBy = source.actor();
        row.importedAt = now;
        row.persist();

        // the failures first: an analysis the log makes of one of them is that failure's analysis
        Map<Integer, Failure> failureOf = new HashMap<>();
        for (FailureValues values : plan.failures()) {
            Failure failure = loggedFailures.seen(session, values.failureType(), values.message(), values.test(),
                    source.actor(), now);
            values.analyses().forEach(i -> failureOf.put(i, failure));
        }
        for (int i = 0; i < plan.analyses().size(); i++) {
            analysis(plan.analyses().get(i), failureOf.get(i), session, source.actor());
        }
        plan.links().forEach(values -> link(values, session, now));
        // the log tells its own story: what the app wrote while the import made the records is no part of it
        LogEntry.delete("session = ?1 and writtenByApp = true", session);
        return session;
    }

    /** Complete when the log gives what completing asks for (a problem, a why, a root cause), else a draft. */
    private void analysis(AnalysisPlan plan, Failure failure, TestSession session, String actor) {
        FormErrors errors = FormErrors.none();
        Analysis analysis = refusedOr(analyses.start(failure, session, plan.content(), plan.complete(), actor, errors),
                errors);
        preventionFollowUps.addFor(analysis, actor);
        plan.fixes().forEach(fix -> fix(fix, analysis, actor));
    }

    private void fix(FixPlan plan, Analysis analysis, String actor) {
        FormErrors errors = FormErrors.none();
        // the app records a fix verified by results only: one the log says is verified is recorded deployed first
        FixStatus recorded = plan.status() == FixStatus.VERIFIED ? FixStatus.DEPLOYED : plan.status();
        Fix fix = refusedOr(fixes.record(analysis, plan.content(), recorded, actor, errors), errors);
        plan.audits().forEach(audit -> refusedOr(reviews.record(fix, new ComplianceAudit(), audit.content(), actor,
                errors), errors));
        plan.validations().forEach(validation -> refusedOr(reviews.record(fix, new StabilityValidation(),
                validation.content(), actor, errors), errors));
        if (plan.status() == FixStatus.VERIFIED) {
            fixes.advance(fix, FixStatus.VERIFIED, actor);
        }
    }

    /**
     * The session the log continues, when it says it continues one ("… Continuation - 20250910", "Continuation
     * Session", "Previous Session Findings"): the latest earlier session of the project with the same title once
     * "Continuation" and dates are left out, else the latest one that started before it; null when the log says
     * nothing of the kind or the project has no earlier session.
     */
    public static TestSession continued(ImportPlan plan, Project project) {
        String header = plan.entries().stream()
                .filter(e -> e.section() == LogSection.HEADER || e.section() == LogSection.SUMMARY)
                .map(e -> e.title() + "\n" + e.body()).collect(Collectors.joining("\n"));
        String title = plan.session().title() == null ? "" : plan.session().title();
        if (!CONTINUES.matcher(title + "\n" + header).find()) {
            return null;
        }
        Instant before = plan.session().startedAt();
        List<TestSession> earlier = (before == null
                ? TestSession.find("project = ?1 order by startedAt desc nulls last, id desc", project)
                : TestSession.find("project = ?1 and coalesce(startedAt, createdAt) < ?2 "
                        + "order by startedAt desc nulls last, id desc", project, before))
                .page(0, 50).list();
        String base = baseTitle(title);
        return earlier.stream().filter(s -> baseTitle(s.title).equals(base)).findFirst()
                .orElse(earlier.isEmpty() ? null : earlier.get(0));
    }

    /** "ULTIMATE TEST DEPLOY LOOP: Golden Path P0 Continuation - 20250910" → "ultimate test deploy loop: golden path p0". */
    static String baseTitle(String title) {
        return title == null ? ""
                : CONTINUATION_WORDS.matcher(title).replaceAll(" ").replaceAll("[\\s\\-–—]+$", "")
                        .replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> T refusedOr(T written, FormErrors errors) {
        if (written == null) {
            throw new ValidationProblem("The import was refused: " + errors.describe());
        }
        return written;
    }

    private static void link(LinkValues values, TestSession session, Instant now) {
        GitHubLink link = new GitHubLink();
        link.recordKind = LINK_RECORD;
        link.recordId = session.id;
        link.linkKind = values.linkKind();
        link.repository = values.repository();
        link.number = values.number();
        link.commentId = values.commentId();
        link.url = values.url();
        link.imported = true;
        link.lastSyncedAt = now;
        link.persist();
    }
}
