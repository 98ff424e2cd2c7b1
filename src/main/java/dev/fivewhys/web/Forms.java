package dev.fivewhys.web;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/** The house pattern for forms: validate, show again with 400 on error, redirect with a flash on success. */
@ApplicationScoped
public class Forms {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    Validator validator;
    @Inject
    Flash flash;

    public FormErrors validate(Object form) {
        return new FormErrors().addAll(validator.validate(form));
    }

    /**
     * Optimistic locking on a form: someone saved the record since this form was opened. Says so beside
     * the whole form; the caller shows the form again (409) with the typed text, and a second save wins.
     */
    public static boolean staleEdit(long typedVersion, long storedVersion, String what, FormErrors errors) {
        if (typedVersion == storedVersion) {
            return false;
        }
        errors.add(FormErrors.FORM, "Someone else saved " + what + " while you were editing. Your changes are kept "
                + "below and were not saved; open it in another tab to compare, then save again.");
        return true;
    }

    /** The API's optimistic locking: an update must carry the version the client read. */
    public static void requireVersion(Long sent, long stored, String what) {
        if (sent == null || sent != stored) {
            throw new jakarta.ws.rs.ClientErrorException(
                    "version: " + what + " is at version " + stored + "; read it again and send that version", 409);
        }
    }

    /**
     * A true/false field, as a hidden field or a select sends it: "true" or "false". Anything else is no answer
     * (empty), rather than false.
     */
    public static Optional<Boolean> flag(String value) {
        return "true".equals(value) || "false".equals(value) ? Optional.of(Boolean.parseBoolean(value)) : Optional.empty();
    }

    public static Response invalid(TemplateInstance page) {
        return html(Response.Status.BAD_REQUEST, page);
    }

    public static Response conflict(TemplateInstance page) {
        return html(Response.Status.CONFLICT, page);
    }

    /** The form shown again after a row was added, removed or moved (see RowAction): nothing was saved. */
    public static Response shown(TemplateInstance page) {
        return html(Response.Status.OK, page);
    }

    /**
     * Rendered here rather than after the method returns: form posts are transactional, and the page may read lazy
     * associations that can only load while the transaction is open.
     */
    private static Response html(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    public Response redirect(String path, String message) {
        if (message != null) {
            flash.set(message);
        }
        return Response.seeOther(URI.create(path)).build();
    }
}
