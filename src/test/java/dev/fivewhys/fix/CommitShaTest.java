package dev.fivewhys.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.fivewhys.core.ValidationProblem;

class CommitShaTest {

    @Test
    void readsTheSeedsCommitInAnyCase() {
        assertEquals("8365f3012", CommitSha.parse(" 8365F3012 ").value());
        assertEquals(CommitSha.parse("8365f3012"), CommitSha.parse("8365F3012"));
    }

    @Test
    void acceptsFullLength() {
        String full = "8365f3012aa0c1d2e3f4a5b6c7d8e9f001122334";

        assertEquals(full, CommitSha.parse(full).toString());
        assertEquals("8365f30", CommitSha.parse(full).abbreviated());
    }

    @Test
    void anAbbreviationNamesTheSameCommitAsTheFullSha() {
        CommitSha full = CommitSha.parse("8365f3012aa0c1d2e3f4a5b6c7d8e9f001122334");

        assertTrue(CommitSha.parse("8365f3012").sameCommitAs(full));
        assertTrue(full.sameCommitAs(CommitSha.parse("8365F30")));
        assertFalse(full.sameCommitAs(CommitSha.parse("8365f3013")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                 | Enter the commit SHA, e.g. 8365f3012",
            "8365f30g1          | \"8365f30g1\" is not a commit SHA: use only the characters 0-9 and a-f",
            "8365 f3012         | \"8365 f3012\" is not a commit SHA: use only the characters 0-9 and a-f",
            "8365f3             | \"8365f3\" is too short for a commit SHA: give at least 7 characters",
            "8365f3012aa0c1d2e3f4a5b6c7d8e9f0011223344 | \"8365f3012aa0c1d2e3f4a5b6c7d8e9f0011223344\" is too long for a commit SHA: at most 40 characters" })
    void saysWhatIsWrong(String typed, String message) {
        assertEquals(message, assertThrows(ValidationProblem.class, () -> CommitSha.parse(typed)).getMessage());
    }

    @Test
    void nullIsAskedFor() {
        assertEquals("Enter the commit SHA, e.g. 8365f3012",
                assertThrows(ValidationProblem.class, () -> CommitSha.parse(null)).getMessage());
    }
}
