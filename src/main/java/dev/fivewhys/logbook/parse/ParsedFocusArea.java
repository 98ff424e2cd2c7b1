package dev.fivewhys.logbook.parse;

/**
 * An item of the numbered priority list: "1. **WebSocket Message Processing Tests** (CRITICAL -
 * fixing the core blocker)" or "1. **P1 Critical Tests** - Core business functionality (…)".
 *
 * @param priority as written, or null
 */
public record ParsedFocusArea(int number, String name, String priority, String note, SourceSpan source) {
}
