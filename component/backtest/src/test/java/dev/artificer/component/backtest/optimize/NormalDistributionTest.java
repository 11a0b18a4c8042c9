package dev.artificer.component.backtest.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalDistributionTest {

    // The CDF is good to the 1.2e-7 of its error-function fit.
    // Values from the standard normal table: Z(1.96) = 0.9750021, Z(-1) = 0.1586553, Z^-1(0.99) = 2.3263479,
    // Z^-1(0.975) = 1.9599640, Z^-1(0.001) = -3.0902323.

    @Test
    void cdfMatchesTheNormalTable() {
        assertThat(NormalDistribution.cdf(1.96)).isCloseTo(0.9750021, within(2e-7));
        assertThat(NormalDistribution.cdf(-1)).isCloseTo(0.1586553, within(2e-7));
        assertThat(NormalDistribution.cdf(0)).isCloseTo(0.5, within(2e-7));
    }

    @Test
    void quantileMatchesTheNormalTable() {
        assertThat(NormalDistribution.quantile(0.99)).isCloseTo(2.3263479, within(1e-6));
        assertThat(NormalDistribution.quantile(0.975)).isCloseTo(1.9599640, within(1e-6));
        assertThat(NormalDistribution.quantile(0.001)).isCloseTo(-3.0902323, within(1e-6));
    }
}
