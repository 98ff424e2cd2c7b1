package dev.fivewhys.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A button of a form with repeated rows (whys, changed files, checks) that adds a row, or removes or moves one:
 * {@code name="action"} with value {@code add-why}, {@code remove-why-3}, {@code up-why-3} or {@code down-why-3}.
 * static/rows.js does the same in the browser; without JavaScript the button posts the form and the server shows
 * it again with the change made, so nothing typed is lost either way.
 * <p>
 * A group's rows are parallel columns of strings (one list per repeated field, in DOM order), numbered from 1.
 */
public record RowAction(String op, String group, int index) {

    private static final Pattern ACTION = Pattern.compile("(add|remove|up|down)-([a-z]+)(?:-(\\d{1,4}))?");

    public static Optional<RowAction> parse(String action) {
        Matcher matcher = ACTION.matcher(action == null ? "" : action);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int index = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        return Optional.of(new RowAction(matcher.group(1), matcher.group(2), index));
    }

    public boolean isFor(String name) {
        return group.equals(name);
    }

    /** Makes the row change on the group's columns; a row number that does not exist changes nothing. */
    public void applyTo(List<List<String>> columns, int maxRows) {
        int rows = align(columns);
        switch (op) {
            case "add" -> {
                if (rows < maxRows) {
                    columns.forEach(column -> column.add(""));
                }
            }
            case "remove" -> {
                if (index >= 1 && index <= rows) {
                    columns.forEach(column -> column.remove(index - 1));
                }
            }
            case "up" -> {
                if (index >= 2 && index <= rows) {
                    columns.forEach(column -> Collections.swap(column, index - 1, index - 2));
                }
            }
            case "down" -> {
                if (index >= 1 && index < rows) {
                    columns.forEach(column -> Collections.swap(column, index - 1, index));
                }
            }
            default -> throw new IllegalStateException(op);
        }
    }

    /** Pads the columns with blanks to the same length, so a row's fields line up; returns the number of rows. */
    public static int align(List<List<String>> columns) {
        int rows = columns.stream().mapToInt(List::size).max().orElse(0);
        columns.forEach(column -> {
            while (column.size() < rows) {
                column.add("");
            }
        });
        return rows;
    }

    /** A mutable copy of a bound form list, which may be missing or read-only. */
    public static List<String> column(List<String> bound) {
        List<String> column = new ArrayList<>();
        if (bound != null) {
            bound.forEach(value -> column.add(value == null ? "" : value));
        }
        return column;
    }

    /**
     * Which item of the content each row becomes: rows left blank are dropped, so row N is item {@code items[N]} (its
     * index among the rows kept), or -1 when blank. Messages about an item are shown beside its row.
     */
    public static int[] items(int rows, IntPredicate blank) {
        int[] items = new int[rows + 1];
        int kept = 0;
        for (int row = 1; row <= rows; row++) {
            items[row] = blank.test(row) ? -1 : kept++;
        }
        return items;
    }

    /** The value at a 1-based row, or "" when the column is shorter. */
    public static String cell(List<String> column, int row) {
        return row <= column.size() ? column.get(row - 1) : "";
    }
}
