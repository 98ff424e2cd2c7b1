package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a markdown table as the fields the same facts make when written as lines, so that every reader of fields
 * understands logs written with tables: a row "| Secrets Handling | 70% | one token logged |" is the field
 * "**Secrets Handling**: 70% - one token logged", a row "| **Commit** | `4f9c2ab77e` |" the field "**Commit**:
 * `4f9c2ab77e`", and a table whose first column is "File" (or "New Tests") the list "**Files Modified**:" with one
 * item "`path` (lines 40-52) - note" per row.
 */
final class TableReader {

    /** "| a | b |": a line that starts and ends with a pipe. */
    private static final Pattern ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    /** "|---|:---:|": the line under a table's header. */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\|(?:\\s*:?-{3,}:?\\s*\\|)+\\s*$");
    private static final Pattern FILES = Pattern.compile("(?i)^files?(?: (?:modified|changed))?$");
    private static final Pattern TESTS = Pattern.compile("(?i)^(?:new )?tests?(?: (?:created|added))?$");
    private static final Pattern EMPHASIS = Pattern.compile("^[*_]+(.*?)[*_]+$");
    /** A cell that is only a status emoji: "✅", "❌". */
    private static final Pattern MARK = Pattern.compile("^\\p{So}\\x{FE0F}?$");
    private static final Pattern RANGES = Pattern.compile("^\\d+(?:\\s*-\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*-\\s*\\d+)?)*$");

    private TableReader() {
    }

    static boolean isRow(String line) {
        return ROW.matcher(line).matches();
    }

    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line).matches();
    }

    /** The cells of a row, trimmed; a pipe escaped as "\|" stays in its cell. */
    static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.length() - 1);
        return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(c -> c.replace("\\|", "|").strip()).toList();
    }

    /** Whether line n is a table's header: a row with the separator right under it. */
    static boolean isHeader(LogDocument document, int n) {
        return isRow(document.line(n)) && n < document.lineCount() && isSeparator(document.line(n + 1));
    }

    /** The fields of the table on lines first..last (all rows). */
    static List<ParsedField> fields(LogDocument document, int first, int last) {
        List<String> header = isHeader(document, first) ? cells(document.line(first)) : List.of();
        int from = header.isEmpty() ? first : first + 2;
        String kind = header.isEmpty() ? "" : plain(header.get(0));
        if (FILES.matcher(kind).matches() || TESTS.matcher(kind).matches()) {
            List<ParsedField> items = new ArrayList<>();
            for (int n = from; n <= last; n++) {
                items.add(new ParsedField(null, null, fileLine(cells(document.line(n))), List.of(),
                        SourceSpan.line(n)));
            }
            String key = FILES.matcher(kind).matches() ? "Files Modified" : "New Tests";
            return List.of(new ParsedField(null, key, "", items, new SourceSpan(first, last)));
        }
        List<ParsedField> fields = new ArrayList<>();
        for (int n = from; n <= last; n++) {
            ParsedField field = row(cells(document.line(n)), n);
            if (field != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** "| **Key** | value | note |" as "**Key**: value - note", a cell with only a status emoji as its mark. */
    private static ParsedField row(List<String> cells, int n) {
        if (cells.isEmpty() || plain(cells.get(0)).isEmpty()) {
            return null;
        }
        String mark = null;
        List<String> rest = new ArrayList<>();
        for (String cell : cells.subList(1, cells.size())) {
            if (mark == null && MARK.matcher(cell).matches()) {
                mark = cell;
            } else if (!cell.isEmpty()) {
                rest.add(cell);
            }
        }
        return new ParsedField(mark, plain(cells.get(0)), String.join(" - ", rest), List.of(), SourceSpan.line(n));
    }

    /** A file's row as the line FixReader reads: "`path` (lines 40-52) - note"; a cell of line ranges is the lines. */
    private static String fileLine(List<String> cells) {
        String path = cells.get(0).replace("`", "").strip();
        StringBuilder line = new StringBuilder("`").append(path).append('`');
        List<String> notes = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            String cell = cells.get(i);
            String ranges = cell.replaceFirst("(?i)^lines?\\s+", "");
            if (RANGES.matcher(ranges).matches()) {
                line.append(" (lines ").append(ranges).append(')');
            } else if (!cell.isEmpty()) {
                notes.add(cell);
            }
        }
        if (!notes.isEmpty()) {
            line.append(" - ").append(String.join("; ", notes).replace("`", ""));
        }
        return line.toString();
    }

    /** A cell without its bold or italic markers. */
    private static String plain(String cell) {
        Matcher emphasis = EMPHASIS.matcher(cell.strip());
        return (emphasis.matches() ? emphasis.group(1) : cell).strip();
    }
}
