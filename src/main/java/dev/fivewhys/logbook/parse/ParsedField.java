package dev.fivewhys.logbook.parse;

import java.util.List;

/**
 * One line of a log as the teams write it: "✅ **Key**: value", "**Key:** value", "*Key*: value",
 * "✅ text" or plain text. A key with an empty value followed by a bullet list ("**FILES
 * MODIFIED**:") holds the bullets as items.
 *
 * @param mark the leading status emoji as written (✅, ⚠️, ❌, 🎯...), or null
 * @param key the bold or italic label without its colon, or null for an unlabelled line
 * @param value the text after the label (or the whole text), trailing spaces removed
 */
public record ParsedField(String mark, String key, String value, List<ParsedField> items, SourceSpan source) {

    public ParsedField {
        items = List.copyOf(items);
    }

    public boolean hasKey() {
        return key != null;
    }
}
