package dev.fivewhys.impact.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Axis ticks at round values that cover the data, in units that fit its magnitude. */
class AxisTest {

    @ParameterizedTest(name = "{0} counted -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0       | 0 1",
            "1       | 0 1",
            "3       | 0 1 2 3",
            // the old axis read 0, 1, 3, 4, 5 for five
            "5       | 0 1 2 3 4 5",
            "6       | 0 2 4 6",
            "7       | 0 2 4 6 8",
            "12      | 0 5 10 15",
            "100     | 0 20 40 60 80 100",
            "1000001 | 0 500000 1000000 1500000" })
    void countsStepInWholeOnesTwosAndFives(double max, String labels) {
        assertEquals(List.of(labels.split(" ")), labels(Axis.counts(max)));
    }

    @ParameterizedTest(name = "{0} of money -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0              | 0 1",
            "0.003          | 0 0.001 0.002 0.003",
            "0.5            | 0 0.1 0.2 0.3 0.4 0.5",
            "42             | 0 10 20 30 40 50",
            "999            | 0 200 400 600 800 1K",
            "550000         | 0 200K 400K 600K",
            "1000000        | 0 200K 400K 600K 800K 1M",
            "1500000        | 0 500K 1M 1.5M",
            "2750000000     | 0 1B 2B 3B",
            "3000000000000  | 0 1T 2T 3T" })
    void moneyReadsInThousandsMillionsAndBeyond(double max, String labels) {
        assertEquals(List.of(labels.split(" ")), labels(Axis.money(max)));
    }

    @ParameterizedTest(name = "{0} s -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0       | 0 1 s",
            "1       | 0 1 s",
            "45      | 0 10 s 20 s 30 s 40 s 50 s",
            // the old axis read 0.1 h three times for a 6-minute recovery
            "360     | 0 2 min 4 min 6 min",
            "5400    | 0 20 min 40 min 60 min 80 min 100 min",
            "7200    | 0 0.5 h 1 h 1.5 h 2 h",
            "72000   | 0 5 h 10 h 15 h 20 h",
            "360000  | 0 1 d 2 d 3 d 4 d 5 d",
            "8640000 | 0 20 d 40 d 60 d 80 d 100 d" })
    void durationsReadInSecondsMinutesHoursOrDays(double seconds, String labels) {
        assertEquals(List.of(labels.split(" (?=\\d)")), labels(Axis.duration(seconds)));
    }

    @Test
    void everyAxisCoversItsDataInAtMostFiveEqualRoundSteps() {
        Random random = new Random(13);
        for (int i = 0; i < 5_000; i++) {
            double max = Math.pow(10, random.nextDouble() * 24 - 6) * (random.nextBoolean() ? 1 : random.nextDouble());
            for (Axis axis : List.of(Axis.money(max), Axis.duration(max), Axis.counts(max))) {
                List<Axis.Tick> ticks = axis.ticks();
                assertTrue(axis.top() >= max * (1 - 1e-9), max + " is covered by " + ticks);
                assertTrue(ticks.size() >= 2 && ticks.size() <= Axis.MAX_STEPS + 1, max + ": " + ticks);
                assertEquals(0, ticks.get(0).value());
                double step = ticks.get(1).value();
                assertTrue(ticks.get(ticks.size() - 2).value() < max || ticks.size() == 2, "no tick beyond the first above "
                        + max + ": " + ticks);
                for (int t = 1; t < ticks.size(); t++) {
                    assertEquals(step * t, ticks.get(t).value(), step * 1e-9, "equal steps: " + ticks);
                }
                assertEquals(ticks.size(), new HashSet<>(labels(axis)).size(), "no label repeats: " + ticks);
            }
            BigDecimal step = Axis.niceStep(max);
            String digits = step.unscaledValue().toString().replaceAll("0+$", "");
            assertTrue(List.of("1", "2", "5").contains(digits), max + " steps by " + step);
        }
    }

    private static List<String> labels(Axis axis) {
        return axis.ticks().stream().map(Axis.Tick::label).toList();
    }
}
