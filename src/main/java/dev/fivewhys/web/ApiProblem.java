package dev.fivewhys.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.BadRequestException;

/**
 * The API reuses the forms' checks; their messages come back as one 400 answer naming the JSON fields, so
 * {@code fileLines-2} (the form's second row) reads {@code files[1].lines}.
 */
public final class ApiProblem {

    private static final Pattern ROW_FIELD = Pattern.compile("([A-Za-z]+)-(\\d+)");

    private ApiProblem() {
    }

    /**
     * @param rowFields form row field → JSON path with a %d for the 0-based index, e.g. "why" → "whys[%d].answer"
     */
    public static BadRequestException badRequest(FormErrors errors, Map<String, String> rowFields) {
        String message = errors.asMap().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> jsonField(entry.getKey(), rowFields) + ": " + entry.getValue())
                .collect(Collectors.joining("; "));
        return new BadRequestException(message);
    }

    private static String jsonField(String formField, Map<String, String> rowFields) {
        if (formField.equals(FormErrors.FORM)) {
            return "body";
        }
        Matcher matcher = ROW_FIELD.matcher(formField);
        if (matcher.matches() && rowFields.containsKey(matcher.group(1))) {
            return String.format(rowFields.get(matcher.group(1)), Integer.parseInt(matcher.group(2)) - 1);
        }
        return rowFields.getOrDefault(formField, formField);
    }
}
