package dev.fivewhys.web;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.quarkus.qute.TemplateData;

/**
 * One option of a filter's select, chosen or not. Decided here rather than in the template: a template comparing
 * each option with the filter looks the filter up outside the loop, through every enclosing scope, once per option.
 */
@TemplateData
public record Option(String value, String label, boolean selected) {

    /** An option per item, the one whose value is {@code chosen} (may be null: none) selected. */
    public static <T> List<Option> of(List<T> items, Function<T, String> value, Function<T, String> label,
            String chosen) {
        return items.stream().map(item -> new Option(value.apply(item), label.apply(item),
                Objects.equals(value.apply(item), chosen))).toList();
    }
}
