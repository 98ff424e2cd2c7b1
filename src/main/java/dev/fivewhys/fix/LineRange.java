package dev.fivewhys.fix;

import java.util.Optional;

import dev.fivewhys.core.ValidationProblem;

/** Lines {@code from} to {@code to} (both included, counted from 1) of a changed file. */
public record LineRange(int from, int to) {

    /** No real source file is this long; a bigger number is a typo, and refusing it keeps sums far from overflow. */
    public static final int MAX_LINE = 1_000_000;

    public LineRange {
        Optional<String> problem = problem(from, to);
        if (problem.isPresent()) {
            throw new ValidationProblem(quoted(from, to) + ": " + problem.get());
        }
    }

    public static LineRange line(int line) {
        return new LineRange(line, line);
    }

    /** Why these bounds are not a range, in words for the user; empty when they are fine. */
    static Optional<String> problem(long from, long to) {
        if (from < 1 || to < 1) {
            return Optional.of("line numbers start at 1");
        }
        if (from > MAX_LINE || to > MAX_LINE) {
            return Optional.of("line numbers go up to " + MAX_LINE);
        }
        if (to < from) {
            return Optional.of("the range ends before it starts; write " + to + "-" + from);
        }
        return Optional.empty();
    }

    public int lineCount() {
        return to - from + 1;
    }

    public boolean overlaps(LineRange other) {
        return from <= other.to && other.from <= to;
    }

    /** "12" for one line, "40-45" for several: the way users write them. */
    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }

    private static String quoted(long from, long to) {
        return "\"" + (from == to ? Long.toString(from) : from + "-" + to) + "\"";
    }
}
