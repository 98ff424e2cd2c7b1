package dev.fivewhys.history;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import dev.fivewhys.core.ValidationProblem;
import dev.fivewhys.project.Project;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import dev.fivewhys.web.Paging;
import dev.fivewhys.web.TimeFormat;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The tests of the projects (flaky and quarantined ones apart), one test's history, and its quarantine. */
@Path("/tests")
public class TestResource {

    @Inject
    Forms forms;
    @Inject
    Clock clock;
    @Inject
    TestOutcomes outcomes;
    @Inject
    TestQuarantines quarantines;
    @Inject
    TestHistoryQueue historyQueue;
    @Inject
    SecurityIdentity identity;

    public static class QuarantineForm {
        @RestForm
        public String reason;
        @RestForm
        public String owner;
        /** A datetime-local value, in the team's time zone. */
        @RestForm
        public String until;
        @RestForm
        public String releaseAfterPasses;
    }

    /**
     * Everything a test's page shows; {@code catchingUp}: the project's uploads whose results are shown but not yet
     * in its tests' standing (flaky, passes towards the end of a quarantine), see {@link TestHistoryQueue}.
     */
    public record View(TestCase test, boolean quarantined, TestOutcomes.History history, List<TestCaseEvent> events,
            long catchingUp) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paging<TestCase> tests, TestFilter filter, List<Project> projects,
                Instant now);

        static native TemplateInstance detail(View view, QuarantineForm form, FormErrors errors);
    }

    @GET
    @Authenticated
    public TemplateInstance list(@QueryParam("project") String project, @QueryParam("flaky") String flaky,
            @QueryParam("quarantined") String quarantined, @QueryParam("q") String q, @QueryParam("page") Integer page) {
        TestFilter filter = new TestFilter(project, flaky, quarantined, q);
        int current = Paging.clampPage(page);
        Instant now = clock.instant();
        PanacheQuery<TestCase> query = filter.query(now, current, Paging.DEFAULT_SIZE);
        return Templates.list(new Paging<>(query.list(), current, Paging.DEFAULT_SIZE, query.count()), filter,
                Project.listByName(), now);
    }

    @GET
    @Path("{id}")
    @Authenticated
    public TemplateInstance detail(@PathParam("id") long id) {
        TestCase test = find(id);
        QuarantineForm form = new QuarantineForm();
        if (test.quarantinedAt(clock.instant())) {
            form.reason = test.quarantineReason;
            form.owner = test.quarantineOwner;
            form.until = TimeFormat.inputValue(test.quarantinedUntil);
            form.releaseAfterPasses = test.quarantineReleaseAfter == null ? null : test.quarantineReleaseAfter.toString();
        } else {
            form.owner = identity.getPrincipal().getName();
        }
        return page(test, form, FormErrors.none());
    }

    @POST
    @Path("{id}/quarantine")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response quarantine(@PathParam("id") long id, @BeanParam QuarantineForm form) {
        FormErrors errors = new FormErrors();
        Instant until = errors.read("until", () -> parseUntil(form.until));
        Integer passes = errors.read("releaseAfterPasses", () -> parsePasses(form.releaseAfterPasses));
        QuarantineContent content = new QuarantineContent(form.reason, form.owner, until, passes);
        if (errors.isEmpty()) {
            content.problems(clock.instant()).forEach(p -> errors.add(p.field(), p.message()));
        }
        if (!errors.isEmpty()) {
            return Forms.invalid(page(find(id), form, errors));
        }
        quarantines.quarantine(id, content, identity.getPrincipal().getName());
        return forms.redirect("/tests/" + id, "Quarantined until " + TimeFormat.display(until)
                + ": its failures open no failure meanwhile");
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    public Response release(@PathParam("id") long id) {
        quarantines.release(id, identity.getPrincipal().getName());
        return forms.redirect("/tests/" + id, "Quarantine ended");
    }

    private static Instant parseUntil(String value) {
        try {
            return TimeFormat.parseInput(value);
        } catch (DateTimeParseException e) {
            throw new ValidationProblem("Give a date and time, e.g. 2026-12-31T18:00");
        }
    }

    private static Integer parsePasses(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationProblem("A whole number of passes, or empty");
        }
    }

    private TemplateInstance page(TestCase test, QuarantineForm form, FormErrors errors) {
        return Templates.detail(new View(test, test.quarantinedAt(clock.instant()), outcomes.of(test),
                TestCaseEvent.historyOf(test.id, 100), historyQueue.waiting(test.project.id)), form, errors);
    }

    private static TestCase find(long id) {
        return TestCase.findInProject(id).orElseThrow(NotFoundException::new);
    }
}
