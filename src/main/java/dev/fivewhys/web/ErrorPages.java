package dev.fivewhys.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.fivewhys.core.ValidationProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Errors as people and CI should see them: a page in the layout, or JSON under /api, with a
 * message and never a stack trace. Unexpected failures get an incident id that is also logged.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String heading, String message);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, 403, "Not allowed", "Your role does not allow this. Ask an admin if you need it.");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        boolean said = e.getMessage() != null && !e.getMessage().startsWith("HTTP ");
        String message = said ? e.getMessage() : switch (status) {
            case 404 -> "There is nothing here. It may have been removed, or the link is mistyped.";
            case 405 -> "This address does not take that kind of request.";
            case 413 -> "That upload is larger than this server accepts.";
            case 415 -> "This address does not accept that content type.";
            default -> "The request could not be handled.";
        };
        String heading = status == 404 ? "Not found" : "Request refused";
        return respond(request, status, heading, message);
    }

    /** Bean Validation of API bodies and forms: 400 with each field's message. */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Map<String, String>> violations = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", fieldOf(v), "message", v.getMessage())).toList();
        String message = violations.stream().map(v -> v.get("field") + ": " + v.get("message"))
                .collect(Collectors.joining("; "));
        if (wantsJson(request)) {
            return Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("status", 400, "message", message, "violations", violations)).build();
        }
        return respond(request, 400, "Request refused", message);
    }

    /** A domain rule refused what was sent, where no form was there to show it beside its field. */
    @ServerExceptionMapper
    public Response refused(ValidationProblem e, HttpServerRequest request) {
        return respond(request, 400, "Request refused", e.getMessage());
    }

    /**
     * A value of the wrong type in an API body ({@code "outcome": "BOGUS"}, 95.7 for a whole number): said beside its
     * field, with the form's words for a choice. Mapped here, as the REST layer's own answer names no message.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        return unreadable(e, request);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        return unreadable(e, request);
    }

    /** Malformed JSON or a value of the wrong type in an API body. */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        String refused = e instanceof JsonMappingException mapping ? ApiProblem.refusedValue(mapping) : null;
        if (refused != null) {
            return respond(request, 400, "Request refused", refused);
        }
        String field = e instanceof JsonMappingException mapping ? fieldOf(mapping.getPath()) : "";
        String where = !field.isEmpty() ? " at " + field
                : e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
        return respond(request, 400, "Request refused", "The JSON body could not be read" + where + ": "
                + e.getOriginalMessage().lines().findFirst().orElse(""));
    }

    /** A body cut off, or not what its Content-Type says (a multipart type on something else): the client's doing. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, HttpServerRequest request) {
        return respond(request, 400, "Request refused",
                "The body of the request could not be read: it stopped early, or is not what its Content-Type says.");
    }

    /** {@code whys[1].answer}: where in the body a value was refused. */
    private static String fieldOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "create.request.title" -> "title": the method and parameter names mean nothing to a caller.
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return webApplication(wae, request);
        }
        if (DatabaseRefusals.isConflict(e)) {
            LOG.infof("Conflict on %s %s: another request changed the same record first", request.method(),
                    request.path());
            return respond(request, 409, "Changed meanwhile", DatabaseRefusals.CONFLICT);
        }
        if (DatabaseRefusals.isBadValue(e)) {
            LOG.infof("Refused %s %s: the database cannot store a value of it", request.method(), request.path());
            return respond(request, 400, "Request refused", DatabaseRefusals.BAD_VALUE);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s on %s %s", incident, request.method(), request.path());
        return respond(request, 500, "Something went wrong",
                "The server could not finish this request. Nothing you saved before was lost. Incident " + incident + ".");
    }

    static Response respond(HttpServerRequest request, int status, String heading, String message) {
        if (wantsJson(request)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("status", status, "message", message)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML)
                .entity(Templates.error(status, heading, message)).build();
    }

    static boolean wantsJson(HttpServerRequest request) {
        String accept = request.getHeader("Accept");
        return request.path().startsWith("/api/")
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
    }
}
