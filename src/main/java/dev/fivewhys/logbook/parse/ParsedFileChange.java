package dev.fivewhys.logbook.parse;

import java.util.List;

/**
 * A file named by a fix: "`/netra_backend/…/websocket_manager_factory.py` (lines 2352-2353,
 * 2465-2466)" or "- `tests/e2e/test_x.py` - E2E validation".
 *
 * @param lines the line ranges in parentheses, empty if none given
 * @param note the words after " - ", or null
 */
public record ParsedFileChange(String path, List<LineRange> lines, String note, SourceSpan source) {

    public ParsedFileChange {
        lines = List.copyOf(lines);
    }
}
