package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fivewhys.logbook.parse.ImportPreview;
import dev.fivewhys.logbook.parse.LogDocument;
import dev.fivewhys.logbook.parse.ParsedCriterion;
import dev.fivewhys.logbook.parse.ParsedSessionLog;
import dev.fivewhys.logbook.parse.ParsedTimelineEntry;
import dev.fivewhys.logbook.parse.SessionLogParser;
import dev.fivewhys.logbook.parse.SourceSpan;
import dev.fivewhys.logbook.parse.UnrecognizedBlock;

/**
 * An import must not lose text: every non-blank line of a log is either stood for by a recognized
 * value or kept verbatim as unrecognized text — exactly one of the two.
 */
class NoTextLostTest {

    /** Everything the seeds do not show: prose, a fenced heading, odd sections, no title. */
    private static final String UNUSUAL_LOG = """
            Some notes before any heading.
            **Owner:** platform team

            # A session - 20251201

            Free prose right under the title.

            ## SESSION LOG

            ### 09:15 - STARTED
            ✅ **GitHub Issue Created**: https://github.com/acme/shop/issues/7
            a line of prose inside an entry

            ### not a time - a heading the log reader does not know
            text under it, see issue #8 and commit abc1234f

            ```
            # not a heading, inside a fence
            ```

            ## SUCCESS CRITERIA
            - **Fast**: p95 < 2 s
            - a criterion without a bold name
            - [x] **Green**: all P0 pass

            ---

            *Session Status: done*
            trailing words after the footer
            """;

    private final SessionLogParser parser = new SessionLogParser();

    @ParameterizedTest
    @ValueSource(strings = { Seeds.GOLDEN_PATH, Seeds.NIGHT_VALIDATION })
    void seedsLoseNoText(String seed) {
        String raw = Seeds.read(seed);
        ParsedSessionLog log = parser.parse(raw);
        assertEquals(LogDocument.splitLines(raw).size(), log.source().lines().size(), "repair keeps the lines");
        assertEveryLineAccountedFor(log);
        assertTimelineBodiesVerbatim(log);
    }

    @Test
    void unusualLogLosesNoText() {
        ParsedSessionLog log = parser.parse(UNUSUAL_LOG);
        assertEveryLineAccountedFor(log);
        assertTimelineBodiesVerbatim(log);

        String unrecognized = log.preview().unrecognizedText();
        for (String kept : List.of("Some notes before any heading.", "Free prose right under the title.",
                "### not a time - a heading the log reader does not know", "# not a heading, inside a fence",
                "- a criterion without a bold name", "trailing words after the footer")) {
            assertTrue(unrecognized.contains(kept), kept);
        }
        assertFalse(unrecognized.contains("a line of prose inside an entry"), "kept in the entry's body");
        assertEquals("platform team", log.header().fields().get(0).value());
        assertEquals(List.of(true), log.plan().criteria().stream().map(ParsedCriterion::met)
                .filter(m -> m != null).toList());
        // mentioned inside unrecognized text: recognized, and the text is still kept
        assertEquals(List.of(7, 8), log.results().issueNumbers());
        assertEquals("abc1234f", log.results().commits().get(0).sha());
    }

    private static void assertEveryLineAccountedFor(ParsedSessionLog log) {
        List<String> lines = log.source().lines();
        ImportPreview preview = log.preview();
        for (UnrecognizedBlock block : preview.unrecognized()) {
            List<String> expected = lines.subList(block.source().firstLine() - 1, block.source().lastLine());
            assertEquals(expected, block.lines(), "block " + block.source() + " is verbatim");
        }
        for (int n = 1; n <= lines.size(); n++) {
            if (lines.get(n - 1).isBlank()) {
                continue;
            }
            int line = n;
            boolean recognized = preview.isRecognized(line);
            boolean kept = preview.unrecognized().stream().anyMatch(b -> b.source().contains(line));
            if (recognized == kept) {
                fail("line " + line + (recognized ? " is both recognized and unrecognized: " : " is lost: ")
                        + lines.get(line - 1));
            }
        }
    }

    private static void assertTimelineBodiesVerbatim(ParsedSessionLog log) {
        List<String> lines = log.source().lines();
        for (ParsedTimelineEntry entry : log.timeline()) {
            SourceSpan span = entry.source();
            String source = String.join("\n", lines.subList(span.firstLine() - 1, span.lastLine()));
            assertTrue(source.endsWith(entry.body()), "entry at " + span);
            assertTrue(lines.get(span.firstLine() - 1).endsWith(entry.heading()), "entry at " + span);
        }
    }
}
