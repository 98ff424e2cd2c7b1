package dev.fivewhys.impact.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateLabelsTest {

    @Test
    void withinOneYearDatesGoWithoutTheYear() {
        assertEquals(List.of("Mar 2", "Mar 9", "Mar 16"),
                DateLabels.of(List.of(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 16))));
        assertEquals(List.of("Mar 2"), DateLabels.of(List.of(LocalDate.of(2025, 3, 2))));
        assertEquals(List.of(), DateLabels.of(List.of()));
    }

    @Test
    void aPeriodThatCrossesAYearNamesTheYearAtItsStartAndWhereTheYearChanges() {
        assertEquals(List.of("Dec 22, 2024", "Dec 29", "Jan 5, 2025", "Jan 12"),
                DateLabels.of(List.of(LocalDate.of(2024, 12, 22), LocalDate.of(2024, 12, 29), LocalDate.of(2025, 1, 5),
                        LocalDate.of(2025, 1, 12))));
    }

    @Test
    void spansNameTheYearOnceWhenBothEndsShareIt() {
        assertEquals("Feb 24 – Mar 17, 2025", DateLabels.span(LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 17)));
        assertEquals("Dec 2, 2024 – Feb 24, 2025", DateLabels.span(LocalDate.of(2024, 12, 2), LocalDate.of(2025, 2, 24)));
        assertEquals("Mar 16, 2025", DateLabels.span(LocalDate.of(2025, 3, 16), LocalDate.of(2025, 3, 16)));
    }
}
