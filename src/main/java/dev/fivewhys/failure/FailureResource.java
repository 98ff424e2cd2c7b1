package dev.fivewhys.failure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import dev.fivewhys.project.Severity;
import dev.fivewhys.security.Role;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import dev.fivewhys.web.Option;
import dev.fivewhys.web.Paging;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The failures of all projects by impact, and one failure with where it was seen and its history. */
@Path("/failures")
public class FailureResource {

    static final int SHOWN = 100;

    @Inject
    Forms forms;
    @Inject
    Clock clock;
    @Inject
    SecurityIdentity identity;
    @Inject
    FlakyFailures flakyFailures;

    public static class StatusForm {
        @RestForm
        @NotBlank(message = "Choose a status")
        @Pattern(regexp = "OPEN|ANALYSING|FIX_IN_PROGRESS|RESOLVED", message = "Choose a status from the list")
        public String status;

        @RestForm
        @Size(max = 2000, message = "At most 2,000 characters")
        public String note;
    }

    /** Everything the failure page shows. */
    public record View(Failure failure, List<FailureOccurrence> sessions, long sessionCount, List<FailureTest> tests,
            List<FailureEvent> history, Set<String> flakyTests) {

        /** Every test it hit is flaky: likely no real break. */
        public boolean onlyFlaky() {
            return !tests.isEmpty() && tests.stream().allMatch(t -> flakyTests.contains(t.testKey));
        }
    }

    /** A page of the list, the failures made only of flaky tests set apart from the others. */
    public record Listed(List<FailureLine> broken, List<FailureLine> flaky) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paging<FailureLine> failures, Listed listed, FailureFilter filter,
                List<Option> projects, List<Option> statuses, List<Option> severities);

        static native TemplateInstance detail(View view, StatusForm form, FormErrors errors, FailureStatus[] statuses);
    }

    @GET
    @Authenticated
    public TemplateInstance list(@QueryParam("project") String project, @QueryParam("status") String status,
            @QueryParam("severity") String severity, @QueryParam("recurring") String recurring,
            @QueryParam("page") Integer page) {
        FailureFilter filter = new FailureFilter(project, status, severity, recurring);
        int current = Paging.clampPage(page);
        FailureList list = FailureList.read(filter, current, Paging.DEFAULT_SIZE);
        List<FailureLine> lines = new ArrayList<>(list.broken());
        lines.addAll(list.flaky());
        return Templates.list(new Paging<>(lines, current, Paging.DEFAULT_SIZE, list.total()),
                new Listed(list.broken(), list.flaky()), filter,
                Option.of(list.projects(), p -> p[0], p -> p[1], filter.project()),
                Option.of(List.of(FailureStatus.values()), Enum::name, s -> s.label, filter.status()),
                Option.of(List.of(Severity.values()), Enum::name, s -> s.label, filter.severity()));
    }

    @GET
    @Path("{id}")
    @Authenticated
    public TemplateInstance detail(@PathParam("id") long id) {
        Failure failure = find(id);
        StatusForm form = new StatusForm();
        form.status = failure.status.name();
        return page(failure, form, FormErrors.none());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Role.ADMIN, Role.ENGINEER })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("id") long id, @BeanParam StatusForm form) {
        FormErrors errors = forms.validate(form);
        if (!errors.isEmpty()) {
            // rendered outside a transaction, as GET does, so the page can still load what it shows
            return Forms.invalid(page(find(id), form, errors));
        }
        String message = QuarkusTransaction.requiringNew().call(() -> apply(id, form));
        return forms.redirect("/failures/" + id, message);
    }

    private String apply(long id, StatusForm form) {
        // locked, so an upload adding occurrences at the same moment waits instead of being overwritten
        Failure failure = Failure.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (failure == null) {
            throw new NotFoundException();
        }
        FailureStatus next = FailureStatus.valueOf(form.status);
        String note = form.note == null || form.note.isBlank() ? null : form.note.strip();
        if (next == failure.status && note == null) {
            return "Status unchanged";
        }
        Instant now = clock.instant();
        String change = failure.status == next ? next.label : failure.status.label + " → " + next.label;
        if (next != failure.status && next == FailureStatus.RESOLVED) {
            failure.resolve(now);
        } else if (next != failure.status) {
            failure.status = next;
            failure.resolvedAt = null;
        }
        FailureEvent.record(failure, now, next == FailureStatus.RESOLVED ? FailureEvent.RESOLVED
                : FailureEvent.STATUS_CHANGED, note == null ? change : change + ": " + note,
                identity.getPrincipal().getName(), null);
        return "Status set to " + next.label;
    }

    static Failure find(long id) {
        Failure failure = Failure.findById(id);
        if (failure == null) {
            throw new NotFoundException();
        }
        return failure;
    }

    private TemplateInstance page(Failure failure, StatusForm form, FormErrors errors) {
        View view = new View(failure, FailureOccurrence.listByFailure(failure.id, SHOWN),
                FailureOccurrence.countByFailure(failure.id), FailureTest.listByFailure(failure.id, SHOWN),
                FailureEvent.historyOf(failure), flakyFailures.flakyTests(failure.id));
        return Templates.detail(view, form, errors, FailureStatus.values());
    }
}
