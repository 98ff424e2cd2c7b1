package dev.fivewhys.core;

import java.util.List;
import java.util.function.Supplier;

/** The ordered child rows of a record (whys, changed files, checks) rewritten from its content. */
public final class Rows {

    /** Writes one item of the content onto its row, numbered from 1. */
    @FunctionalInterface
    public interface Writer<R, C> {
        void write(R row, C item, int position);
    }

    private Rows() {
    }

    /**
     * Rows are updated in place and only the surplus removed, so an edit that changes one item does not rewrite every
     * row.
     *
     * @param create a new row, already attached to its record
     */
    public static <R, C> void replace(List<R> rows, List<C> items, Supplier<R> create, Writer<R, C> write) {
        for (int i = 0; i < items.size(); i++) {
            R row;
            if (i < rows.size()) {
                row = rows.get(i);
            } else {
                row = create.get();
                rows.add(row);
            }
            write.write(row, items.get(i), i + 1);
        }
        while (rows.size() > items.size()) {
            rows.remove(rows.size() - 1);
        }
    }
}
