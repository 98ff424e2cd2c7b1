package dev.fivewhys.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RowActionTest {

    @Test
    void readsTheButtonsValues() {
        assertEquals(new RowAction("add", "why", 0), RowAction.parse("add-why").orElseThrow());
        assertEquals(new RowAction("remove", "file", 3), RowAction.parse("remove-file-3").orElseThrow());
        assertTrue(RowAction.parse("save").isEmpty());
        assertTrue(RowAction.parse(null).isEmpty());
        assertTrue(RowAction.parse("remove-why-99999").isEmpty());
    }

    @Test
    void changesEveryColumnOfTheRowAlike() {
        List<String> answers = new ArrayList<>(List.of("a", "b", "c"));
        List<String> evidence = new ArrayList<>(List.of("1", "2"));
        RowAction.parse("remove-why-1").orElseThrow().applyTo(List.of(answers, evidence), 10);
        assertEquals(List.of("b", "c"), answers);
        assertEquals(List.of("2", ""), evidence, "columns are padded to line up first");
        RowAction.parse("down-why-1").orElseThrow().applyTo(List.of(answers, evidence), 10);
        assertEquals(List.of("c", "b"), answers);
        assertEquals(List.of("", "2"), evidence);
        RowAction.parse("add-why").orElseThrow().applyTo(List.of(answers, evidence), 3);
        RowAction.parse("add-why").orElseThrow().applyTo(List.of(answers, evidence), 3);
        assertEquals(List.of("c", "b", ""), answers, "no more than the maximum");
        RowAction.parse("up-why-1").orElseThrow().applyTo(List.of(answers, evidence), 3);
        RowAction.parse("remove-why-7").orElseThrow().applyTo(List.of(answers, evidence), 3);
        assertEquals(List.of("c", "b", ""), answers, "rows that do not exist change nothing");
    }
}
