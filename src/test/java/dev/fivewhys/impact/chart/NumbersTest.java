package dev.fivewhys.impact.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "0|0.0|0|0", "-0.0|-0.0|-0|-0", "0.04|0.0|0|0", "-0.04|-0.0|-0|-0",
            "0.05|0.1|0|0", "0.15|0.2|0|0", "0.25|0.3|0|0", "-0.25|-0.3|-0|-0", "1.45|1.5|1|1", "2.5|2.5|3|3",
            "-2.5|-2.5|-3|-3", "0.5|0.5|1|1", "1.5|1.5|2|2", "12.349|12.3|12|12", "99.95|100.0|100|100",
            "-99.96|-100.0|-100|-100", "999.5|999.5|1000|1,000", "1234567.89|1234567.9|1234568|1,234,568",
            "-1234567.5|-1234567.5|-1234568|-1,234,568", "100000|100000.0|100000|100,000",
            "123456789012345678|123456789012345680.0|123456789012345680|123,456,789,012,345,680" })
    void asFormatterWritesThem(double value, String oneDecimal, String whole, String grouped) {
        assertEquals(oneDecimal, Numbers.oneDecimal(value));
        assertEquals(whole, Numbers.whole(value));
        assertEquals(grouped, Numbers.grouped(value));
    }

    @Test
    void hugeNanAndInfinityAsFormatterWritesThem() {
        for (double v : new double[] { 1e300, -1e20, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }) {
            assertEquals(String.format(Locale.ROOT, "%.1f", v), Numbers.oneDecimal(v));
            assertEquals(String.format(Locale.ROOT, "%.0f", v), Numbers.whole(v));
            assertEquals(String.format(Locale.ROOT, "%,.0f", v), Numbers.grouped(v));
        }
    }

    /** Coordinates, money and shares as charts make them: many values, on and near ties, at every magnitude. */
    @Test
    void equalToFormatterOverManyValues() {
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble(-1_000, 1_000);
                case 1 -> Math.round(random.nextDouble(-10_000, 10_000)) / 20.0; // ties of tenths and halves
                case 2 -> random.nextDouble(-1e13, 1e13);
                default -> (random.nextInt(2_000_000) - 1_000_000) / 100.0 * Math.pow(10, random.nextInt(-3, 8));
            };
            assertEquals(String.format(Locale.ROOT, "%.1f", v), Numbers.oneDecimal(v), "%.1f of " + v);
            assertEquals(String.format(Locale.ROOT, "%.0f", v), Numbers.whole(v), "%.0f of " + v);
            assertEquals(String.format(Locale.ROOT, "%,.0f", v), Numbers.grouped(v), "%,.0f of " + v);
        }
    }
}
