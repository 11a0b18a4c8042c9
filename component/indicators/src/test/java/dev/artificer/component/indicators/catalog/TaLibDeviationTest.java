package dev.artificer.component.indicators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.indicators.testing.Agreement;
import dev.artificer.component.indicators.testing.Bars;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deliberate differences from TA-Lib 0.4.0, each shown side by side: TA-Lib's output, this library's,
 * and why this library's is the right one (see the README).
 */
class TaLibDeviationTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Bars NORMAL = Bars.randomWalk(41, 2_000, 1);
    private static final Bars MICRO = NORMAL.scaled(1e-6);

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
        assertThat(ours).isCloseTo(0.00005, org.assertj.core.api.Assertions.within(1e-8));
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
}
