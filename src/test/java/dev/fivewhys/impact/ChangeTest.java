package dev.fivewhys.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.fivewhys.impact.Change.Trend;
import dev.fivewhys.session.ImpactBasis;

/** Changes in words and numbers, whichever way they go, and never between kinds of money. */
class ChangeTest {

    @Test
    void countsGoUpDownOrStay() {
        assertEquals(new Change(Trend.WORSE, "Up 3 from 9 on Feb 24, 2025: worse", "up 3"),
                Change.ofCount(12, 9, "on Feb 24, 2025"));
        assertEquals(new Change(Trend.BETTER, "Down 9 from 9 on Feb 24, 2025: better", "down 9"),
                Change.ofCount(0, 9, "on Feb 24, 2025"));
        assertEquals(new Change(Trend.SAME, "No change from 0 on Feb 24, 2025", "no change"),
                Change.ofCount(0, 0, "on Feb 24, 2025"));
    }

    @Test
    void moneyIsComparedOnlyWithMoneyOfItsKind() {
        Money now = new Money(12_000_050, "USD", ImpactBasis.MRR);
        assertEquals(new Change(Trend.WORSE, "Up $20,000.50 MRR from $100,000 MRR on Feb 24: worse", "up $20,000.50 MRR"),
                Change.ofMoney(now, new Money(10_000_000, "USD", ImpactBasis.MRR), "on Feb 24"));
        assertThrows(IllegalArgumentException.class,
                () -> Change.ofMoney(now, new Money(10_000_000, "USD", ImpactBasis.ARR), "on Feb 24"));
        assertThrows(IllegalArgumentException.class,
                () -> Change.ofMoney(now, new Money(10_000_000, "EUR", ImpactBasis.MRR), "on Feb 24"));
    }

    @Test
    void shorterRecoveriesAreBetterAndAnEmptyPeriodIsNotCompared() {
        String before = "in Feb 2 – Feb 23, 2025";
        assertEquals(new Change(Trend.WORSE, "1 d 2 h slower than 6 min " + before + ": worse", "1 d 2 h slower"),
                Change.ofDuration(Duration.ofMinutes(6 + 26 * 60), Duration.ofMinutes(6), before));
        assertEquals(new Change(Trend.BETTER, "1 min faster than 6 min " + before + ": better", "1 min faster"),
                Change.ofDuration(Duration.ofMinutes(5), Duration.ofMinutes(6), before));
        assertEquals(new Change(Trend.SAME, "Same as " + before, "no change"),
                Change.ofDuration(Duration.ofMinutes(6), Duration.ofMinutes(6), before));
        assertEquals(new Change(Trend.NOT_COMPARED, "None " + before + " to compare with", "not compared"),
                Change.ofDuration(Duration.ofMinutes(6), null, before));
        assertEquals(new Change(Trend.NOT_COMPARED, "None in this period, 6 min " + before, "not compared"),
                Change.ofDuration(null, Duration.ofMinutes(6), before));
        assertEquals(new Change(Trend.NOT_COMPARED, "None " + before + " either", "not compared"),
                Change.ofDuration(null, null, before));
    }
}
