package dev.fivewhys.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fivewhys.logbook.parse.LogDocument;
import dev.fivewhys.logbook.repair.TextRepair;

class TextRepairTest {

    @Test
    void repairsTheMacRomanSeed() {
        String garbled = Seeds.read(Seeds.GOLDEN_PATH);
        TextRepair.Result result = TextRepair.repair(garbled);

        assertTrue(result.repaired());
        assertEquals("x-MacRoman", result.charset());
        for (String symbol : List.of("✅", "❌", "🎯", "⚠️", "🚨", "📍", "↔")) {
            assertTrue(result.text().contains(symbol), symbol);
        }
        assertTrue(result.text().contains("⚠️ **Mega Class Size**"));
        assertNoGarbleLeft(result.text());
        assertEquals(LogDocument.splitLines(garbled).size(), LogDocument.splitLines(result.text()).size());
    }

    @Test
    void repairsTheWindows1252Seed() {
        String garbled = Seeds.read(Seeds.NIGHT_VALIDATION);
        TextRepair.Result result = TextRepair.repair(garbled);

        assertTrue(result.repaired());
        assertEquals("windows-1252", result.charset());
        for (String symbol : List.of("✅", "⚠️", "🟢")) {
            assertTrue(result.text().contains(symbol), symbol);
        }
        // "âš ï¸": the variation selector's last byte (0x8F) is undefined in cp1252 and was dropped
        assertTrue(result.text().contains("⚠️ **CRITICAL BLOCKER IDENTIFIED**"));
        assertEquals(1, result.guessedSequences());
        assertNoGarbleLeft(result.text());
    }

    @Test
    void repairedSeedsStayAsTheyAre() {
        for (String seed : List.of(Seeds.GOLDEN_PATH, Seeds.NIGHT_VALIDATION)) {
            String repaired = TextRepair.repair(Seeds.read(seed)).text();
            TextRepair.Result again = TextRepair.repair(repaired);
            assertFalse(again.repaired(), seed);
            assertEquals(repaired, again.text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "café naïve Zürich € — “quoted” ‘single’ …", "« café » et « thé », déjà vu",
            "Łódź, São Paulo, SÃO, Ærøskøbing, ½ °C ±5 µs", "✅ done ❌ failed 🎯 target ⚠️ warning 🟢 GO ↔",
            "Привет, мир. Γειά σου. 日本語", "plain ASCII only", "" })
    void leavesCorrectTextAlone(String correct) {
        TextRepair.Result result = TextRepair.repair(correct);
        assertEquals(correct, result.text());
        assertFalse(result.repaired());
        assertNull(result.charset());
    }

    @Test
    void repairsOnlyTheGarbledRunOfAMixedLine() {
        assertEquals("café ✅ done, naïve", TextRepair.repair("café âœ… done, naïve").text());
    }

    @Test
    void repairsEachLineWithItsOwnCodePage() {
        assertEquals("✅ from a Mac\n✅ from Windows", TextRepair.repair("‚úÖ from a Mac\nâœ… from Windows").text());
    }

    @Test
    void keepsLineBreaksAsTheyWere() {
        assertEquals("✅ a\r\n❌ b\n", TextRepair.repair("âœ… a\r\nâŒ b\n").text());
    }

    @Test
    void repairsAccentedLettersGarbledAsLatin1Pairs() {
        assertEquals("été", TextRepair.repair("Ã©tÃ©").text());
    }

    @Test
    void usesAnUndefinedByteKeptAsAC1Control() {
        // 🏆 is F0 9F 8F 86; 0x8F has no cp1252 character, some tools keep it as U+008F
        assertEquals("🏆 trophy", TextRepair.repair("ðŸ\u008F† trophy").text());
    }

    @Test
    void leavesALostByteAloneWhenSeveralEmojiFit() {
        // dropped 0x8F/0x8D/0x90: 🏆, 🍆 and 🐆 fit equally well, so no guess is made
        TextRepair.Result result = TextRepair.repair("ðŸ† trophy");
        assertEquals("ðŸ† trophy", result.text());
        assertEquals(1, result.unresolvedSequences());
        assertFalse(result.repaired());
    }

    @Test
    void restoresAZeroWidthJoinerWhoseLastByteWasDropped() {
        // 👨‍💻 = 👨 + ZWJ (E2 80 8D) + 💻; the 0x8D was lost
        assertEquals("👨\u200D💻", TextRepair.repair("ðŸ‘¨â€ðŸ’»").text());
    }

    private static void assertNoGarbleLeft(String text) {
        for (String garble : List.of("‚úÖ", "âœ…", "‚ùå", "üéØ", "‚ö†", "âš", "ðŸ", "ï¸", "Ô∏è", "\uFFFD")) {
            assertFalse(text.contains(garble), garble);
        }
    }
}
