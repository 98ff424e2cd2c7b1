package dev.fivewhys.logbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a run of lines into fields, one per non-blank line, except that the bullets right under a
 * key with no value ("**FILES MODIFIED**:") become that field's items, and a table is read as the fields its rows
 * say ({@link TableReader}).
 */
final class FieldReader {

    private FieldReader() {
    }

    static List<ParsedField> read(LogDocument document, int first, int last) {
        List<ParsedField> fields = new ArrayList<>();
        ParsedField list = null;
        List<ParsedField> items = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            String line = document.line(n);
            Matcher bullet = LinePatterns.BULLET.matcher(line);
            if (list != null && !line.isBlank() && bullet.matches()) {
                items.add(readLine(bullet.group("text"), n));
                continue;
            }
            if (list != null) {
                fields.add(withItems(list, items));
                list = null;
                items = new ArrayList<>();
            }
            if (line.isBlank()) {
                continue;
            }
            if (TableReader.isRow(line)) {
                int end = n;
                while (end < last && TableReader.isRow(document.line(end + 1))) {
                    end++;
                }
                fields.addAll(TableReader.fields(document, n, end));
                n = end;
                continue;
            }
            ParsedField field = readLine(line, n);
            if (field.hasKey() && field.value().isEmpty()) {
                list = field;
            } else {
                fields.add(field);
            }
        }
        if (list != null) {
            fields.add(withItems(list, items));
        }
        return fields;
    }

    /** One line as a labelled field, a marked line, a bullet or plain text (key null). */
    static ParsedField readLine(String line, int number) {
        ParsedField field = LinePatterns.field(line, number);
        if (field != null) {
            return field;
        }
        Matcher marked = LinePatterns.MARKED.matcher(line);
        if (marked.matches()) {
            return new ParsedField(marked.group("mark"), null, marked.group("text"), List.of(), SourceSpan.line(number));
        }
        Matcher bullet = LinePatterns.BULLET.matcher(line);
        String text = bullet.matches() ? bullet.group("text") : line.strip();
        return new ParsedField(null, null, text, List.of(), SourceSpan.line(number));
    }

    private static ParsedField withItems(ParsedField list, List<ParsedField> items) {
        int last = items.isEmpty() ? list.source().lastLine() : items.get(items.size() - 1).source().lastLine();
        return new ParsedField(list.mark(), list.key(), list.value(), items,
                new SourceSpan(list.source().firstLine(), last));
    }
}
