package dev.fivewhys.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NamedQueryTest {

    @Test
    void namesBecomePlaceholdersInTheirOrderAndRepeatedNamesAreBoundAgain() {
        List<Object> values = new ArrayList<>();
        Instant from = Instant.parse("2026-01-05T00:00:00Z");
        String sql = new NamedQuery("select count(*) filter (where at >= :from), count(*) filter (where at < :from) "
                + "from e where at >= :previous and p = :project").set("from", from).set("previous", 3L)
                .set("project", 7L).positional(values);
        assertEquals("select count(*) filter (where at >= ?), count(*) filter (where at < ?) from e where at >= ? "
                + "and p = ?", sql);
        assertEquals(List.of(Timestamp.from(from), Timestamp.from(from), 3L, 7L), values);
    }

    @Test
    void castsQuotedTextAndQuotedNamesAreLeftAlone() {
        List<Object> values = new ArrayList<>();
        String sql = new NamedQuery("select null::bigint, ':not' as \"a:b\", x from t where y = :y::int")
                .set("y", "1").positional(values);
        assertEquals("select null::bigint, ':not' as \"a:b\", x from t where y = ?::int", sql);
        assertEquals(List.of("1"), values);
    }

    @Test
    void aListIsOnePlaceholderPerValue() {
        List<Object> values = new ArrayList<>();
        assertEquals("select 1 from fix x where x.id in (?, ?, ?)",
                new NamedQuery("select 1 from fix x where x.id in (:fixes)").set("fixes", List.of(4L, 5L, 6L))
                        .positional(values));
        assertEquals(List.of(4L, 5L, 6L), values);
    }

    @Test
    void aMissingUnusedOrEmptyParameterIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new NamedQuery("select :a").positional(new ArrayList<>()));
        assertThrows(IllegalArgumentException.class,
                () -> new NamedQuery("select 1").set("a", 1).positional(new ArrayList<>()));
        assertThrows(IllegalArgumentException.class,
                () -> new NamedQuery("select :a").set("a", List.of()).positional(new ArrayList<>()));
    }

    @Test
    void aParameterLeftOutWhenAbsentIsNotSet() {
        List<Object> values = new ArrayList<>();
        assertEquals("select 1", new NamedQuery("select 1").setIfPresent("project", null).positional(values));
        assertEquals(List.of(), values);
    }
}
