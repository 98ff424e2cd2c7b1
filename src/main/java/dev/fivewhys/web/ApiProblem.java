package dev.fivewhys.web;

import jakarta.ws.rs.BadRequestException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.fivewhys.core.Choices;
import dev.fivewhys.core.ValidationProblem;

/**
 * The API's 400 answers, in the words of the forms: the messages of the content checks, each after the JSON field it
 * is about ({@code files[1].lines: …}). A JSON body's fields are named as the content record's, so the paths agree.
 */
public final class ApiProblem {

    private ApiProblem() {
    }

    public static BadRequestException badRequest(FormErrors errors) {
        return new BadRequestException(errors.describe());
    }

    /**
     * A value of the body that its type refuses while the JSON is read (an unknown choice such as
     * {@code "outcome": "BOGUS"}), with the same message the form gives; null when the failure is not such a refusal.
     */
    public static String refusedValue(JsonMappingException e) {
        String message = e instanceof MismatchedInputException mismatch ? expected(mismatch.getTargetType()) : null;
        for (Throwable cause = e; message == null && cause != null; cause = cause.getCause()) {
            message = cause instanceof ValidationProblem problem ? problem.getMessage() : null;
        }
        if (message == null) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return (path.isEmpty() ? "body" : path) + ": " + message;
    }

    /** What a value of the type must be, in the forms' words; null for types without such words. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type.isEnum()) {
            return Choices.message(type);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "Give a whole number";
        }
        return type == Boolean.class || type == boolean.class ? "Give true or false" : null;
    }
}
