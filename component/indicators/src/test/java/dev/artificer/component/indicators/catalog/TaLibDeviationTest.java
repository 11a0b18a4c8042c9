package dev.artificer.component.indicators.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.indicators.testing.Agreement;
import dev.artificer.component.indicators.testing.Bars;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deliberate differences from TA-Lib 0.4.0, each shown side by side: TA-Lib's output, this library's,
 * and why this library's is the right one (see the README).
 */
class TaLibDeviationTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Bars NORMAL = Bars.randomWalk(41, 2_000, 1);
    private static final Bars MICRO = NORMAL.scaled(1e-6);
    /** The last trending bar is 499: every price from bar 500 on equals its close. */
    private static final int TREND = 500;
    private static final Bars FLAT_RUN = Bars.trendThenFlat(11, TREND, 12_000, 100);
    private static final int PERIOD = 14;

    private static double[][] ours(String expression, Bars bars) {
        return CATALOG.parse(expression).compute(bars.series());
    }

    private static double[][] taLib(String expression, Bars bars) {
        ConfiguredIndicator indicator = CATALOG.parse(expression);
        return TaLibReference.compute(indicator.definition().name(), indicator.definition().outputs().size(), bars,
                indicator.parameters());
    }

    private static long zeros(double[] values) {
        return Arrays.stream(values).filter(v -> v == 0.0).count();
    }

    private static double[] times(double[] values, double factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }

    @Test
    void rsiOfMicroPricesIsTheRsiOfTheSamePricesScaledUpWhileTaLibCollapsesItToZero() {
        double[] taLib = taLib("rsi(14)", MICRO)[0];
        double[] ours = ours("rsi(14)", MICRO)[0];

        assertThat(zeros(taLib)).as("TA-Lib bars at exactly 0").isGreaterThan(1_000);
        assertThat(zeros(ours)).isZero();
        Agreement.close("rsi is scale-free", ours("rsi(14)", NORMAL)[0], ours);
    }

    @Test
    void cmoOfMicroPricesIsTheCmoOfTheSamePricesScaledUpWhileTaLibCollapsesItToZero() {
        assertThat(zeros(taLib("cmo(14)", MICRO)[0])).isGreaterThan(1_000);
        Agreement.close("cmo is scale-free", ours("cmo(14)", NORMAL)[0], ours("cmo(14)", MICRO)[0]);
    }

    @Test
    void stochRsiOfMicroPricesIsTheStochRsiOfTheSamePricesScaledUpUnlikeTaLib() {
        double[] taLib = taLib("stochrsi", MICRO)[0];
        double[] ours = ours("stochrsi", MICRO)[0];

        assertThat(zeros(taLib)).isGreaterThan(zeros(ours) + 500);
        Agreement.close("stochrsi is scale-free", ours("stochrsi", NORMAL)[0], ours);
    }

    @Test
    void balanceOfPowerOfMicroPricesIsTheSameAsScaledUpWhileTaLibZeroesNarrowBars() {
        assertThat(zeros(taLib("bop", MICRO)[0])).isGreaterThan(100);
        assertThat(zeros(ours("bop", MICRO)[0])).isZero();
        Agreement.close("bop is scale-free", ours("bop", NORMAL)[0], ours("bop", MICRO)[0]);
    }

    @Test
    void stddevOfMicroPricesScalesWithThePricesWhileTaLibReportsZero() {
        double[] taLib = taLib("stddev(20)", MICRO)[0];
        double[] ours = ours("stddev(20)", MICRO)[0];

        assertThat(Arrays.copyOfRange(taLib, 19, taLib.length)).containsOnly(0.0);
        Agreement.close("stddev scales with the prices", times(ours("stddev(20)", NORMAL)[0], 1e-6), ours);
    }

    @Test
    void bollingerBandsOfMicroPricesStayApartWhileTaLibsCollapseOntoTheMiddle() {
        double[][] taLib = taLib("bbands(20)", MICRO);
        double[][] ours = ours("bbands(20)", MICRO);

        assertThat(taLib[0][100]).isEqualTo(taLib[1][100]);
        assertThat(ours[0][100]).isGreaterThan(ours[1][100]);
        Agreement.close("upper band scales with the prices", times(ours("bbands(20)", NORMAL)[0], 1e-6), ours[0]);
    }

    @Test
    void stddevKeepsADeviationBelowOneTenThousandthThatTaLibZeroesAtOrdinaryPrices() {
        Bars bars = Bars.constant(10, 50).named("two closes 1e-4 apart");
        bars.close()[9] = 50.0001;

        double taLib = taLib("stddev(2)", bars)[0][9];
        double ours = ours("stddev(2)", bars)[0][9];

        // population deviation of {50, 50.0001} is 0.00005; its variance 2.5e-9 is below TA-Lib's 1e-8.
        // E[x^2] - E[x]^2 at x = 50 cancels 12 of 16 digits, hence the loose tolerance.
        assertThat(taLib).isZero();
        assertThat(ours).isCloseTo(0.00005, within(1e-8));
    }

    @Test
    void natrOfPeriodOneIsNormalizedWhileTaLibReturnsThePlainTrueRange() {
        double[] taLib = taLib("natr(1)", NORMAL)[0];
        double[] trueRange = ours("trange", NORMAL)[0];
        double[] ours = ours("natr(1)", NORMAL)[0];

        Agreement.close("TA-Lib's natr(1) is trange", trueRange, taLib);
        for (int i = 1; i < ours.length; i++) {
            assertThat(ours[i]).isEqualTo(trueRange[i] / NORMAL.close()[i] * 100.0);
        }
    }

    @Test
    void varianceOfAFlatWindowIsExactlyZero() {
        Bars flat = Bars.constant(50, 0.1).named("constant 0.1");

        double[] ours = ours("var(7)", flat)[0];

        assertThat(Arrays.copyOfRange(ours, 6, 50)).containsOnly(0.0);
        assertThat(CATALOG.get("var").parameters(Map.of()).integer("period")).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsi", "cmo", "plus_di", "minus_di"})
    void aFlatRunAfterATrendHoldsTheLastValueWhereTaLibDropsToZeroAtOrdinaryPrices(String name) {
        double[] ours = ours(name + "(14)", FLAT_RUN)[0];
        double[] taLib = taLib(name + "(14)", FLAT_RUN)[0];
        double held = ours[TREND - 1];
        int underflow = TREND - 1 + barsUntilUnderflow(name);

        // Wilder's averages all shrink by (n - 1) / n per flat bar, so their ratio stays that of the last trending
        // bar; TA-Lib's absolute 1e-8 zero test turns it into 0 after some 250 bars.
        assertThat(Math.abs(held)).as("a real value at the end of the trend").isGreaterThan(1);
        assertThat(taLib[TREND + 10]).isCloseTo(held, within(1e-9));
        assertThat(Arrays.copyOfRange(taLib, TREND + 300, taLib.length)).containsOnly(0.0);
        for (int i = TREND; i < underflow - 2; i++) {
            assertThat(ours[i]).as("%s at bar %d", name, i).isCloseTo(held, within(1e-9));
        }
        // once the smoothed total underflows to a subnormal it is rounding residue, and the output is 0
        assertThat(Arrays.copyOfRange(ours, underflow + 2, ours.length)).as(name + " after the underflow").containsOnly(0.0);
    }

    /**
     * Flat bars after bar {@code TREND - 1} until the smoothed total that divides the indicator (average gain +
     * loss for RSI/CMO, computed here the plain way; the smoothed true range, {@code period} times TA-Lib's ATR,
     * for +DI/-DI) falls below the smallest normal double, shrinking by 13/14 per bar.
     */
    private static int barsUntilUnderflow(String name) {
        double total;
        if (name.endsWith("di")) {
            total = PERIOD * taLib("atr(14)", FLAT_RUN)[0][TREND - 1];
        } else {
            double[] close = FLAT_RUN.close();
            double gain = 0;
            double loss = 0;
            for (int i = 1; i < TREND; i++) {
                double change = close[i] - close[i - 1];
                // the seed is the mean of the first PERIOD changes, then Wilder's (avg * (n - 1) + x) / n
                double keep = i <= PERIOD ? 1.0 : (PERIOD - 1.0) / PERIOD;
                gain = gain * keep + Math.max(change, 0) / PERIOD;
                loss = loss * keep + Math.max(-change, 0) / PERIOD;
            }
            total = gain + loss;
        }
        return (int) Math.ceil((Math.log(total) - Math.log(Double.MIN_NORMAL)) / Math.log(PERIOD / (PERIOD - 1.0)));
    }

    @Test
    void stochRsiOfAFlatRunIsZeroWhereTaLibsIsRoundingNoiseUntilItsRsiDropsToZero() {
        double[][] ours = ours("stochrsi", FLAT_RUN);
        double[][] taLib = taLib("stochrsi", FLAT_RUN);
        int fastK = 5;
        int fastD = 3;
        // from bar TREND + fastK - 2 on, the %K window holds only RSIs of bars without change: all equal, no range
        int allFlat = TREND + fastK - 2;

        assertThat(Arrays.copyOfRange(ours[0], allFlat, ours[0].length)).containsOnly(0.0);
        // %D averages those zeros with a running sum; its residue stays far below any meaningful value
        for (int i = allFlat + fastD - 1; i < ours[1].length; i++) {
            assertThat(ours[1][i]).isBetween(0.0, 1e-12);
        }
        double[] taLibNoise = Arrays.copyOfRange(taLib[0], allFlat, TREND + 200);
        assertThat(Arrays.stream(taLibNoise).max().orElseThrow()).as("TA-Lib's %K of rounding noise").isGreaterThan(50);
        assertThat(Arrays.copyOfRange(taLib[0], TREND + 300, taLib[0].length)).containsOnly(0.0);
    }

    @Test
    void varianceOfAFlatRunAfterATrendIsZeroWhereTaLibReturnsTheResidueOfItsRunningSums() {
        double[] ours = ours("var(5)", FLAT_RUN)[0];
        double[] taLib = taLib("var(5)", FLAT_RUN)[0];
        double price = FLAT_RUN.close()[TREND];

        assertThat(Arrays.copyOfRange(ours, TREND + 4, ours.length)).containsOnly(0.0);
        double[] residue = Arrays.copyOfRange(taLib, TREND + 4, taLib.length);
        assertThat(Arrays.stream(residue).filter(v -> v != 0).count()).as("TA-Lib's non-zero residues").isPositive();
        assertThat(Arrays.stream(residue).map(Math::abs).max().orElseThrow()).isLessThan(1e-13 * price * price);
    }

    @Test
    void varianceBelowOneTenTrillionthOfTheMeanSquareIsReportedAsZero() {
        Bars tiny = Bars.constant(10, 100).named("two closes 1e-5 apart");
        tiny.close()[9] = 100.00001;
        Bars small = Bars.constant(10, 100).named("two closes 1e-4 apart");
        small.close()[9] = 100.0001;

        // population variances by hand: (d / 2)^2 = 2.5e-11 and 2.5e-9; the cut is 1e-13 * 100^2 = 1e-9
        assertThat(taLib("var(2)", tiny)[0][9]).isCloseTo(2.5e-11, within(1e-11));
        assertThat(ours("var(2)", tiny)[0][9]).isZero();
        assertThat(ours("var(2)", small)[0][9]).isCloseTo(2.5e-9, within(1e-11));
    }
}
