package dev.fivewhys.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fivewhys.core.ValidationProblem;

/**
 * The changed lines of one file, as users type them: {@code "2352-2353, 2465-2466"}.
 * <p>
 * Ranges are kept sorted and never overlap, so {@link #toString()} is canonical and two spellings of the same
 * lines compare equal. No ranges at all is allowed: a file can be recorded as changed before anyone knows the lines
 * (the seeds list {@code __init__.py} without them).
 */
public record LineRanges(List<LineRange> ranges) {

    // A dash or the en dash that copying from rendered markdown brings along; blanks anywhere around the numbers.
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-\u2013]\\s*(\\d+)");
    private static final Pattern LINE = Pattern.compile("\\d+");
    private static final Pattern OPEN_END = Pattern.compile("\\d+\\s*[-\u2013]");
    // Longer numbers are refused before parsing, so nothing a user types can overflow an int.
    private static final int MAX_DIGITS = 9;

    public LineRanges {
        List<LineRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(LineRange::from).thenComparingInt(LineRange::to));
        for (int i = 1; i < sorted.size(); i++) {
            LineRange previous = sorted.get(i - 1);
            LineRange current = sorted.get(i);
            if (current.overlaps(previous)) {
                throw new ValidationProblem("\"" + current + "\" overlaps \"" + previous + "\"; list each line once");
            }
        }
        ranges = List.copyOf(sorted);
    }

    public static LineRanges none() {
        return new LineRanges(List.of());
    }

    /**
     * Reads what the user typed; blank means "lines not known".
     *
     * @throws ValidationProblem naming the first part that is not a line or a range
     */
    public static LineRanges parse(String text) {
        if (text == null || text.isBlank()) {
            return none();
        }
        List<LineRange> ranges = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            ranges.add(parsePart(part.strip()));
        }
        return new LineRanges(ranges);
    }

    private static LineRange parsePart(String part) {
        if (part.isEmpty()) {
            throw new ValidationProblem("There is an empty part between commas; write e.g. 12, 40-45");
        }
        Matcher range = RANGE.matcher(part);
        if (range.matches()) {
            return checked(part, number(part, range.group(1)), number(part, range.group(2)));
        }
        if (LINE.matcher(part).matches()) {
            long line = number(part, part);
            return checked(part, line, line);
        }
        if (OPEN_END.matcher(part).matches()) {
            throw new ValidationProblem("\"" + part + "\" is missing the last line of the range");
        }
        throw new ValidationProblem("\"" + part + "\" is not a line or a range; write e.g. 12 or 40-45");
    }

    private static long number(String part, String digits) {
        if (digits.length() > MAX_DIGITS) {
            throw new ValidationProblem("\"" + part + "\": line numbers go up to " + LineRange.MAX_LINE);
        }
        return Long.parseLong(digits);
    }

    // Checked here rather than by the record so the message quotes the part as the user typed it.
    private static LineRange checked(String part, long from, long to) {
        Optional<String> problem = LineRange.problem(from, to);
        if (problem.isPresent()) {
            throw new ValidationProblem("\"" + part + "\": " + problem.get());
        }
        return new LineRange((int) from, (int) to);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public int lineCount() {
        return ranges.stream().mapToInt(LineRange::lineCount).sum();
    }

    /** Canonical form, e.g. "12, 40-45"; empty when no lines are known. Parsing it gives back an equal value. */
    @Override
    public String toString() {
        return String.join(", ", ranges.stream().map(LineRange::toString).toList());
    }
}
