package dev.artificer.component.strategies.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.indicators.catalog.Catalog;
import dev.artificer.component.indicators.catalog.PriceSeries;
import dev.artificer.component.market.Bar;
import dev.artificer.component.strategies.RandomBars;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Each function of the rule language against a direct computation over the whole series (arrays and loops, or the
 * catalogue's batch form of an indicator where the program runs its streaming form).
 */
class RuleProgramTest {

    private static final List<Bar> BARS = RandomBars.walk(99, 600);
    private static final double[] CLOSE = BARS.stream().mapToDouble(Bar::close).toArray();
    private static final double[] HIGH = BARS.stream().mapToDouble(Bar::high).toArray();

    /** Asserts that the entry condition holds at exactly the bars where {@code expected} says it should. */
    private static void entryHoldsExactlyWhen(String entry, Map<String, Double> parameters, IntPredicate expected) {
        RuleProgram program = RuleProgram.compile(entry, "close < 0", parameters);
        int holding = 0;
        for (int index = 0; index < BARS.size(); index++) {
            program.update(BARS.get(index));
            assertThat(program.entry()).as("%s at bar %d", entry, index).isEqualTo(expected.test(index));
            holding += program.entry() ? 1 : 0;
        }
        assertThat(holding).as("%s holds somewhere", entry).isPositive();
    }

    private static void entryHoldsExactlyWhen(String entry, IntPredicate expected) {
        entryHoldsExactlyWhen(entry, Map.of(), expected);
    }

    private static double max(double[] values, int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int index = from; index <= to; index++) {
            max = Math.max(max, values[index]);
        }
        return max;
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int index = from; index <= to; index++) {
            sum += values[index];
        }
        return sum / (to - from + 1);
    }

    @Test
    void highestIsTheMaximumOfTheLastNBarsThisOneIncluded() {
        entryHoldsExactlyWhen("close >= highest(close, 5)", i -> i >= 4 && CLOSE[i] >= max(CLOSE, i - 4, i));
    }

    @Test
    void lowestOfTheHighsAgainstALoop() {
        entryHoldsExactlyWhen("high - lowest(high, 10) > 2", i -> {
            if (i < 9) {
                return false;
            }
            double min = Double.POSITIVE_INFINITY;
            for (int k = i - 9; k <= i; k++) {
                min = Math.min(min, HIGH[k]);
            }
            return HIGH[i] - min > 2;
        });
    }

    @Test
    void prevIsTheValueNBarsAgo() {
        entryHoldsExactlyWhen("close > prev(close, 3) * 1.01", i -> i >= 3 && CLOSE[i] > CLOSE[i - 3] * 1.01);
    }

    @Test
    void crossesAboveIsTheBarWhereTheLineGoesFromAtOrBelowToAbove() {
        entryHoldsExactlyWhen("crosses_above(close, sma(close, 3))", i -> i >= 3
                && CLOSE[i] > mean(CLOSE, i - 2, i) && CLOSE[i - 1] <= mean(CLOSE, i - 3, i - 1));
    }

    @Test
    void parametersStandForTheirValues() {
        entryHoldsExactlyWhen("close > prev(close, lag) + gap", Map.of("lag", 2.0, "gap", 0.5),
                i -> i >= 2 && CLOSE[i] > CLOSE[i - 2] + 0.5);
    }

    @Test
    void anIndicatorRunsAsTheCataloguesBatchFormComputesIt() {
        double[] rsi = Catalog.standard().parse("rsi(14)").compute(series())[0];

        entryHoldsExactlyWhen("rsi(close, 14) < 40 or rsi(close, 14) > 60",
                i -> !Double.isNaN(rsi[i]) && (rsi[i] < 40 || rsi[i] > 60));
    }

    @Test
    void anIndicatorOfAnIndicatorReadsTheInnerOnesValuesOnceTheyAreKnown() {
        double[] rsi = Catalog.standard().parse("rsi(14)").compute(series())[0];

        entryHoldsExactlyWhen("sma(rsi(close, 14), 5) > 50", i -> i >= 18 && mean(rsi, i - 4, i) > 50);
    }

    @Test
    void anOutputOfAMultiOutputIndicatorIsPickedByName() {
        double[][] bands = Catalog.standard().parse("bbands(20, devUp=2.5)").compute(series());

        entryHoldsExactlyWhen("close > bbands(close, 20, devUp=2.5).upper", i -> CLOSE[i] > bands[0][i]);
    }

    @Test
    void notAndAndCombineConditions() {
        entryHoldsExactlyWhen("not (close > open) and volume > 5000",
                i -> !(CLOSE[i] > BARS.get(i).open()) && BARS.get(i).volume() > 5000);
    }

    @Test
    void aBarAllocatesNothing() {
        RuleProgram program = RuleProgram.compile(
                "crosses_above(sma(close, 10), sma(close, 30)) and rsi(close, 14) < 70 and close > highest(high, 5) * 0.9",
                "crosses_below(sma(close, 10), sma(close, 30)) or close < prev(close, 2)", Map.of());
        List<Bar> bars = RandomBars.walk(3, 50_000);
        bars.forEach(program::update);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        for (Bar bar : bars) {
            program.update(bar);
        }

        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(4_096);
    }

    private static PriceSeries series() {
        long[] times = BARS.stream().mapToLong(bar -> bar.start().toEpochMilli()).toArray();
        return new PriceSeries(times, BARS.stream().mapToDouble(Bar::open).toArray(), HIGH,
                BARS.stream().mapToDouble(Bar::low).toArray(), CLOSE,
                BARS.stream().mapToDouble(Bar::volume).toArray());
    }
}
