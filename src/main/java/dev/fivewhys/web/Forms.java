package dev.fivewhys.web;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/** The house pattern for forms: validate, show again with 400 on error, redirect with a flash on success. */
@ApplicationScoped
public class Forms {

    @Inject
    Validator validator;
    @Inject
    Flash flash;

    public FormErrors validate(Object form) {
        FormErrors errors = new FormErrors();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            errors.add(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }

    public static Response invalid(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page).build();
    }

    public static Response conflict(TemplateInstance page) {
        return Response.status(Response.Status.CONFLICT).entity(page).build();
    }

    public Response redirect(String path, String message) {
        if (message != null) {
            flash.set(message);
        }
        return Response.seeOther(URI.create(path)).build();
    }
}
