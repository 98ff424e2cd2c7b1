package dev.fivewhys.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** One page of an API list: where it is, how many there are in all, and its items. Pages are numbered from 1. */
public record ApiPage<T>(int page, int size, long total, List<T> items) {

    public static final int MAX_SIZE = 200;

    /** The page {@code page} (from 1) of {@code size} (25 by default, at most 200) of the query, each item mapped. */
    public static <E, T> ApiPage<T> of(PanacheQuery<E> query, Integer page, Integer size, Function<E, T> item) {
        return ofRows(query, page, size, rows -> rows.stream().map(item).toList());
    }

    /** The same, the page's rows mapped together, so that what they need can be read in one query for all. */
    public static <E, T> ApiPage<T> ofRows(PanacheQuery<E> query, Integer page, Integer size,
            Function<List<E>, List<T>> items) {
        int current = Paging.clampPage(page);
        int pageSize = size == null || size < 1 ? Paging.DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        PanacheQuery<E> paged = query.page(Page.of(current - 1, pageSize));
        return new ApiPage<>(current, pageSize, paged.count(), items.apply(paged.list()));
    }

    /** A filter's value that must be one of an enum's names: 400 naming the parameter otherwise. */
    public static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(parameter + ": unknown value " + value);
        }
    }

    /** An ISO 8601 instant in a query (2026-11-27T00:00:00Z): 400 naming the parameter otherwise. */
    public static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(parameter + ": an instant such as 2026-11-27T00:00:00Z, not " + value);
        }
    }

    /** A true/false filter: 400 naming the parameter otherwise. */
    public static Boolean flag(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new BadRequestException(parameter + " is true or false");
        }
        return Boolean.valueOf(value);
    }
}
