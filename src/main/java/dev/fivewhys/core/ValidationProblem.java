package dev.fivewhys.core;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A user's input that the domain rules refuse, with a message written to be shown beside the form field.
 * <p>
 * Every rule that parses what users type throws this one exception; the page that knows the field puts the
 * message there ({@code errors.add("lines", problem.getMessage())}). It carries no stack trace: it is an expected
 * answer to bad input, not a fault.
 */
public class ValidationProblem extends RuntimeException {

    public ValidationProblem(String message) {
        super(message, null, false, false);
    }

    /** The message of the problem the parsing throws, if any; handy for Bean Validation constraint validators. */
    public static Optional<String> problemIn(Supplier<?> parsing) {
        try {
            parsing.get();
            return Optional.empty();
        } catch (ValidationProblem problem) {
            return Optional.of(problem.getMessage());
        }
    }
}
