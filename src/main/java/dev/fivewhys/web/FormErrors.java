package dev.fivewhys.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Messages of a submitted form, keyed by the field they belong beside ("" for the whole form). */
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

    public Map<String, String> asMap() {
        return Map.copyOf(byField);
    }
}
