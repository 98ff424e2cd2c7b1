package dev.fivewhys.impact.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A value axis from zero: ticks at round values (1, 2 or 5 times a power of ten) up to the first tick at or above the
 * largest value, each with a label in a unit that fits the magnitude. Values are in base units (seconds, major units of
 * money, counts); the unit only changes the labels.
 */
public record Axis(List<Tick> ticks) {

    /** At most this many steps between zero and the top: enough to read a value, few enough to label. */
    static final int MAX_STEPS = 5;

    private static final double[] MULTIPLES = { 1, 2, 5 };

    public record Tick(double value, String label) {
    }

    /** A unit a label is written in: the value of one unit in base units and its suffix ("K", " min"). */
    private record Unit(double size, String suffix) {
    }

    private static final List<Unit> DURATION_UNITS = List.of(new Unit(86_400, " d"), new Unit(3_600, " h"),
            new Unit(60, " min"), new Unit(1, " s"));
    private static final List<Unit> MONEY_UNITS = List.of(new Unit(1e12, "T"), new Unit(1e9, "B"), new Unit(1e6, "M"),
            new Unit(1e3, "K"), new Unit(1, ""));

    public Axis {
        ticks = List.copyOf(ticks);
    }

    /** The last tick: the value drawn at the top of the chart. */
    public double top() {
        return ticks.get(ticks.size() - 1).value();
    }

    /** Counts: whole steps only, so no label repeats and bars of any count meet a gridline or fall between two. */
    public static Axis counts(double max) {
        BigDecimal step = niceStep(Math.max(max, 1)).max(BigDecimal.ONE);
        return build(max, step, value -> MONEY_UNITS.get(MONEY_UNITS.size() - 1));
    }

    /** Money in major units, each label in the largest unit it reaches: 0, 200K, 400K… or 0, 500K, 1M, 1.5M. */
    public static Axis money(double max) {
        return build(max, niceStep(max), value -> MONEY_UNITS.stream().filter(u -> value >= u.size()).findFirst()
                .orElse(MONEY_UNITS.get(MONEY_UNITS.size() - 1)));
    }

    /**
     * Durations in seconds, labelled in seconds, minutes, hours or days: the unit in which the largest value reads
     * from 2 up to 120 (72 in hours), and steps of 1, 2 or 5 of that unit (a 6-minute recovery reads 0, 2 min, 4 min,
     * 6 min).
     */
    public static Axis duration(double maxSeconds) {
        Unit unit = maxSeconds >= 72 * 3_600.0 ? DURATION_UNITS.get(0)
                : maxSeconds >= 120 * 60.0 ? DURATION_UNITS.get(1)
                        : maxSeconds >= 120 ? DURATION_UNITS.get(2) : DURATION_UNITS.get(3);
        BigDecimal stepInUnit = niceStep(maxSeconds / unit.size());
        if (unit.size() == 1) {
            stepInUnit = stepInUnit.max(BigDecimal.ONE);
        }
        return build(maxSeconds, stepInUnit.multiply(BigDecimal.valueOf(unit.size())), value -> unit);
    }

    /** The smallest of 1, 2, 5 × 10ⁿ that reaches the value in at most {@link #MAX_STEPS} steps. */
    static BigDecimal niceStep(double max) {
        if (!(max > 0) || Double.isInfinite(max)) {
            return BigDecimal.ONE;
        }
        double raw = max / MAX_STEPS;
        int exponent = (int) Math.floor(Math.log10(raw));
        for (double multiple : MULTIPLES) {
            BigDecimal step = BigDecimal.valueOf(multiple).scaleByPowerOfTen(exponent);
            if (step.doubleValue() * MAX_STEPS >= max * (1 - 1e-12)) {
                return step.stripTrailingZeros();
            }
        }
        return BigDecimal.ONE.scaleByPowerOfTen(exponent + 1);
    }

    /** How many steps reach the value: at least one, so an axis of nothing still has a top. */
    private static long steps(double max, BigDecimal step) {
        return Math.max(1, (long) Math.ceil(Math.max(max, 0) / step.doubleValue() - 1e-9));
    }

    private static Axis build(double max, BigDecimal step, DoubleFunction<Unit> unitOf) {
        List<Tick> ticks = new ArrayList<>();
        for (long i = 0; i <= steps(max, step); i++) {
            BigDecimal value = step.multiply(BigDecimal.valueOf(i));
            Unit unit = unitOf.apply(value.doubleValue());
            String inUnit = value.divide(BigDecimal.valueOf(unit.size())).stripTrailingZeros().toPlainString();
            ticks.add(new Tick(value.doubleValue(), i == 0 ? "0" : inUnit + unit.suffix()));
        }
        return new Axis(ticks);
    }
}
