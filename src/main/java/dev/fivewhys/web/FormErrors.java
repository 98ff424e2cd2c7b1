package dev.fivewhys.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

import dev.fivewhys.core.ValidationProblem;

/**
 * Messages of a submitted form or API body, keyed by the field they belong beside ("" for the whole form). Fields are
 * named by their path in the content record they fill ({@code checks[2].name}), so a form, the API and the importer
 * name them alike.
 */
public class FormErrors {

    public static final String FORM = "";

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /** The checks of Bean Validation, each beside the field its path names. */
    public FormErrors addAll(Set<? extends ConstraintViolation<?>> violations) {
        return addAll("", violations);
    }

    /** As {@link #addAll(Set)} for an item of a list, its fields after the prefix, e.g. "phases[2].". */
    public FormErrors addAll(String prefix, Set<? extends ConstraintViolation<?>> violations) {
        // Sorted, so that of two messages about one field the same one wins every time.
        violations.stream().sorted((a, b) -> a.getMessage().compareTo(b.getMessage()))
                .forEach(v -> add(prefix + field(v), v.getMessage()));
        return this;
    }

    /** "conditions[2].&lt;list element&gt;" is the third condition: "conditions[2]". */
    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
    }

    /** What the parsing gives, or null with the message of the rule it broke beside the field. */
    public <T> T read(String field, Supplier<T> parsing) {
        try {
            return parsing.get();
        } catch (ValidationProblem problem) {
            add(field, problem.getMessage());
            return null;
        }
    }

    /** Messages about the items of a list the form shows in one field ("conditions[2]") are shown beside it. */
    public FormErrors gather(String list) {
        for (String field : Set.copyOf(byField.keySet())) {
            if (field.startsWith(list + "[")) {
                add(list, byField.remove(field));
            }
        }
        return this;
    }

    /** The same messages beside fields named otherwise, e.g. as another shape of the same content names them. */
    public FormErrors renamed(UnaryOperator<String> name) {
        FormErrors renamed = new FormErrors();
        byField.forEach((field, message) -> renamed.add(name.apply(field), message));
        return renamed;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Collection<String> all() {
        return byField.values();
    }

    /** "field: message; …" by field, the whole form's as "body", as an API answer or a log line says them. */
    public String describe() {
        return byField.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> (e.getKey().equals(FORM) ? "body" : e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    public Map<String, String> asMap() {
        return Map.copyOf(byField);
    }
}
