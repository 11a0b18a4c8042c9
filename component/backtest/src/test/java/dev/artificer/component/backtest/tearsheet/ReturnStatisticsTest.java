package dev.artificer.component.backtest.tearsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReturnStatisticsTest {

    // Microsoft's published examples for Excel's SKEW and KURT use the data 3, 4, 5, 2, 3, 4, 5, 6, 4, 7
    // (support.microsoft.com, "SKEW function": 0.359543; "KURT function": -0.151799637).
    private static final double[] EXCEL = {3, 4, 5, 2, 3, 4, 5, 6, 4, 7};

    @Test
    void skewMatchesExcelsPublishedExample() {
        assertThat(ReturnStatistics.skew(EXCEL)).isCloseTo(0.359543, within(1e-6));
    }

    @Test
    void kurtosisMatchesExcelsPublishedExample() {
        assertThat(ReturnStatistics.kurtosis(EXCEL)).isCloseTo(-0.151799637, within(1e-9));
    }

    @Test
    void skewAndKurtosisNeedEnoughValues() {
        assertThat(ReturnStatistics.skew(new double[] {0.01, 0.02})).isNaN();
        assertThat(ReturnStatistics.kurtosis(new double[] {0.01, 0.02, 0.04})).isNaN();
    }

    // 40 returns -5 %, -4 %, ..., +34 %: the 95 % tail is the worst ceil(0.05 x 40) = 2 of them, -5 % and -4 %.
    private static final double[] FORTY = IntStream.rangeClosed(-5, 34).mapToDouble(percent -> percent / 100.0).toArray();

    @Test
    void valueAtRiskIsTheBestReturnOfTheWorstFivePercent() {
        assertThat(ReturnStatistics.valueAtRisk(FORTY, 0.95)).isCloseTo(-0.04, within(1e-15));
    }

    @Test
    void expectedShortfallIsTheMeanOfTheWorstFivePercent() {
        // (-0.05 + -0.04) / 2
        assertThat(ReturnStatistics.expectedShortfall(FORTY, 0.95)).isCloseTo(-0.045, within(1e-15));
    }

    @Test
    void aShortSeriesKeepsItsWorstReturnAsTheTail() {
        // ceil(0.05 x 3) = 1: the worst return alone
        double[] three = {0.01, -0.02, 0.03};
        assertThat(ReturnStatistics.valueAtRisk(three, 0.95)).isEqualTo(-0.02);
        assertThat(ReturnStatistics.expectedShortfall(three, 0.95)).isEqualTo(-0.02);
    }

    // benchmark b = 1 %, -2 %, 3 %; strategy r = 2 %, -1 %, 5 %.
    // mean b = 2/300, mean r = 6/300; in units of 1/300 the deviations are b: 1, -8, 7 and r: 0, -9, 9.
    // cov ~ 0 + 72 + 63 = 135, var b ~ 1 + 64 + 49 = 114 (same divisor), so beta = 135/114 = 45/38 = 1.1842105.
    private static final double[] BENCHMARK = {0.01, -0.02, 0.03};
    private static final double[] STRATEGY = {0.02, -0.01, 0.05};

    @Test
    void betaIsCovarianceOverBenchmarkVariance() {
        assertThat(ReturnStatistics.beta(STRATEGY, BENCHMARK)).isCloseTo(45.0 / 38, within(1e-12));
    }

    @Test
    void alphaIsTheMeanReturnBetaDoesNotExplainPerYear() {
        // (0.02 - 45/38 x 0.02/3) x 252 = (0.46 / 38) x 252 = 3.0505263
        assertThat(ReturnStatistics.alpha(STRATEGY, BENCHMARK, 0, 252)).isCloseTo(3.0505263, within(1e-7));
    }

    @Test
    void alphaSubtractsTheRiskFreeReturnFromBothSides() {
        // rf 0.001: ((0.02 - 0.001) - 45/38 x (0.02/3 - 0.001)) x 252 = 0.0122895 x 252 = 3.0969474
        assertThat(ReturnStatistics.alpha(STRATEGY, BENCHMARK, 0.001, 252)).isCloseTo(3.0969474, within(1e-7));
    }

    @Test
    void informationRatioIsMeanActiveReturnOverTrackingError() {
        // active r - b = 1 %, -1 %, 1 %: mean 1/3 %, deviations 2/3, -4/3, 2/3 (%), sample variance (4+16+4)/9/2 = 4/3
        // (%^2), stdev 2/sqrt(3) %, ratio (1/3)/(2/sqrt(3)) = 1/sqrt(12); x sqrt(252) = sqrt(21) = 4.5825757
        double[] strategy = {0.02, 0.00, 0.01};
        double[] benchmark = {0.01, 0.01, 0.00};
        assertThat(ReturnStatistics.informationRatio(strategy, benchmark, 252)).isCloseTo(Math.sqrt(21), within(1e-9));
    }

    @Test
    void aBenchmarkWithoutSpreadHasNoBeta() {
        assertThat(ReturnStatistics.beta(STRATEGY, new double[] {0.01, 0.01, 0.01})).isNaN();
    }
}
