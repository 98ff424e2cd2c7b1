package dev.fivewhys.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.fivewhys.core.ValidationProblem;

class LineRangesTest {

    @Test
    void readsTheSeedsRanges() {
        LineRanges ranges = LineRanges.parse("2352-2353, 2465-2466");

        assertEquals(List.of(new LineRange(2352, 2353), new LineRange(2465, 2466)), ranges.ranges());
        assertEquals("2352-2353, 2465-2466", ranges.toString());
        assertEquals(4, ranges.lineCount());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12                       | 12",
            "12-12, 40-45             | 12, 40-45",
            "  40 - 45 ,12            | 12, 40-45",
            "2352-2353,2465-2466      | 2352-2353, 2465-2466",
            "7\u20139                 | 7-9",
            "1-5, 6-8                 | 1-5, 6-8",
            "1000000                  | 1000000" })
    void writesWhatWasTypedCanonically(String typed, String canonical) {
        LineRanges ranges = LineRanges.parse(typed);

        assertEquals(canonical, ranges.toString());
        assertEquals(ranges, LineRanges.parse(ranges.toString()));
    }

    @Test
    void blankMeansTheLinesAreNotKnown() {
        assertTrue(LineRanges.parse("  ").isEmpty());
        assertTrue(LineRanges.parse(null).isEmpty());
        assertEquals("", LineRanges.none().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0                 | \"0\": line numbers start at 1",
            "3, 0-4            | \"0-4\": line numbers start at 1",
            "5-3               | \"5-3\": the range ends before it starts; write 3-5",
            "abc               | \"abc\" is not a line or a range; write e.g. 12 or 40-45",
            "12, x-4           | \"x-4\" is not a line or a range; write e.g. 12 or 40-45",
            "-5                | \"-5\" is not a line or a range; write e.g. 12 or 40-45",
            "1-                | \"1-\" is missing the last line of the range",
            "1-2-3             | \"1-2-3\" is not a line or a range; write e.g. 12 or 40-45",
            "'1,,2'            | There is an empty part between commas; write e.g. 12, 40-45",
            "'12,'             | There is an empty part between commas; write e.g. 12, 40-45",
            "1-5, 3-8          | \"3-8\" overlaps \"1-5\"; list each line once",
            "12, 12            | \"12\" overlaps \"12\"; list each line once",
            "40-45, 1-40       | \"40-45\" overlaps \"1-40\"; list each line once",
            "1000001           | \"1000001\": line numbers go up to 1000000",
            "1-99999999999999  | \"1-99999999999999\": line numbers go up to 1000000" })
    void namesTheBadPart(String typed, String message) {
        ValidationProblem problem = assertThrows(ValidationProblem.class, () -> LineRanges.parse(typed));

        assertEquals(message, problem.getMessage());
    }

    @Test
    void aRangeBuiltInCodeIsCheckedToo() {
        assertEquals("\"9-2\": the range ends before it starts; write 2-9",
                assertThrows(ValidationProblem.class, () -> new LineRange(9, 2)).getMessage());
        assertEquals("12", LineRange.line(12).toString());
    }

    @Test
    void theProblemCanBeAskedForWithoutCatching() {
        assertEquals("\"0\": line numbers start at 1",
                ValidationProblem.problemIn(() -> LineRanges.parse("0")).orElseThrow());
        assertTrue(ValidationProblem.problemIn(() -> LineRanges.parse("12")).isEmpty());
    }
}
