package dev.fivewhys.support;

import java.time.Instant;

import dev.fivewhys.failure.Failure;
import dev.fivewhys.project.Project;
import dev.fivewhys.security.PasswordHash;
import dev.fivewhys.security.PasswordHashing;
import dev.fivewhys.security.Role;
import dev.fivewhys.security.User;
import dev.fivewhys.session.CriterionState;
import dev.fivewhys.session.ImpactBasis;
import dev.fivewhys.session.SessionPhase;
import dev.fivewhys.session.TestSession;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Records the tests start from, each in its own committed transaction. */
public final class Fixtures {

    public static final String PASSWORD_SUFFIX = "-password";

    private Fixtures() {
    }

    /** Makes sure an active user with this role exists; its password is the username plus "-password". */
    public static void user(String username, String role) {
        PasswordHash password = new PasswordHashing().hash(username + PASSWORD_SUFFIX);
        QuarkusTransaction.requiringNew().run(() -> {
            User user = User.findByUsername(username).orElse(null);
            if (user == null) {
                User.create(username, password, role, Instant.now());
            } else {
                user.role = role;
                user.active = true;
                user.setPassword(password);
            }
        });
    }

    public static void standardUsers() {
        user("admin", Role.ADMIN);
        user("engineer", Role.ENGINEER);
        user("manager", Role.MANAGER);
    }

    public static Project project(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Project.findBySlug(slug).orElseGet(() -> {
            Project project = new Project();
            project.name = "Project " + slug;
            project.slug = slug;
            project.githubRepository = "acme/" + slug;
            project.defaultLabels = "e2e";
            project.createdAt = Instant.now();
            project.persist();
            return project;
        }));
    }

    /** The ids of a fresh session with one phase, one suite and one criterion. */
    public record SessionIds(long session, long phase, long suite, long criterion) {
    }

    public static SessionIds session(String projectSlug, String title) {
        Project project = project(projectSlug);
        return QuarkusTransaction.requiringNew().call(() -> {
            TestSession session = new TestSession();
            session.project = Project.findById(project.id);
            session.title = title;
            session.startedAt = Instant.parse("2025-09-09T23:05:00Z");
            session.impact.amountMinor = 12_000_000L;
            session.impact.currency = "USD";
            session.impact.basis = ImpactBasis.MRR;
            session.createdAt = Instant.now();
            session.updatedAt = session.createdAt;
            SessionPhase phase = session.addPhase("Infrastructure Validation", "P1", null);
            phase.addSuite("tests/e2e/staging/test_priority1_critical_REAL.py", 25, "Critical functionality");
            session.addCriterion("P1 Tests: 100% pass rate", CriterionState.OPEN);
            session.persistAndFlush();
            return new SessionIds(session.id, phase.id, phase.suites.get(0).id, session.criteria.get(0).id);
        });
    }

    /** The id of the project's test of this name, made directly if need be (uploads make them for real). */
    public static long testCase(String projectSlug, String name) {
        Project project = project(projectSlug);
        return Uploads.number("insert into test_case (project_id, key_hash, name, first_seen_at, last_seen_at) "
                + "values (?1, md5(?2), ?2, now(), now()) on conflict (project_id, key_hash) do update set "
                + "name = excluded.name returning id", project.id, name);
    }

    /** A failure of the project, made directly (uploads make them for real; this is for routes and pages). */
    public static long failure(String projectSlug, String signatureHash) {
        Project project = project(projectSlug);
        return QuarkusTransaction.requiringNew().call(() -> Failure.<Failure> find("signatureHash", signatureHash)
                .firstResultOptional().orElseGet(() -> {
                    Failure failure = new Failure();
                    failure.project = Project.findById(project.id);
                    failure.signatureHash = signatureHash;
                    failure.signature = "AssertionError: route check";
                    failure.failureType = "AssertionError";
                    failure.sampleMessage = "route check";
                    failure.firstSeenAt = Instant.now();
                    failure.lastSeenAt = failure.firstSeenAt;
                    failure.occurrences = 1;
                    failure.persist();
                    return failure;
                }).id);
    }

    public static long userId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().id);
    }

    /** A fresh API token of the user; its id. */
    public static long token(String username, String name) {
        return QuarkusTransaction.requiringNew().call(() -> dev.fivewhys.security.ApiToken
                .issue(User.findByUsername(username).orElseThrow(), name, Instant.now()).token().id);
    }

    public static long tokenIdOf(String username, String name) {
        return QuarkusTransaction.requiringNew().call(
                () -> dev.fivewhys.security.ApiToken.<dev.fivewhys.security.ApiToken> find("user.username = ?1 and name = ?2",
                        username, name).firstResult().id);
    }
}
