package dev.artificer.component.backtest.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DeflatedSharpeTest {

    // The numerical example of Bailey and Lopez de Prado (2014): N = 100 trials whose annualised Sharpe ratios vary
    // with V = 0.5; the selected strategy has an annualised Sharpe ratio of 2.5 over T = 1,250 daily returns (five
    // years of 250 days), skewness -3 and kurtosis 10. Per day: SR = 2.5 / sqrt(250) = 0.1581, V = 0.5 / 250 = 0.002.
    // The paper finds the expected maximum SR0 = 0.1132 per day and a deflated Sharpe ratio of 0.9004.
    private static final DeflatedSharpe PAPER = DeflatedSharpe.of(2.5 / Math.sqrt(250), 0.5 / 250, 100, 1_250, -3, 10);

    @Test
    void expectedMaximumOfTheTrialsMatchesThePapersExample() {
        assertThat(PAPER.expectedMaximum()).isCloseTo(0.1132, within(1e-4));
    }

    @Test
    void deflatedSharpeRatioMatchesThePapersExample() {
        assertThat(PAPER.probability()).isCloseTo(0.9004, within(1e-4));
    }

    @Test
    void oneTrialIsTheProbabilisticSharpeRatioAgainstZero() {
        // SR 0.1, T = 101, normal returns: Z(0.1 x sqrt(100) / sqrt(1 + 2/4 x 0.01)) = Z(1 / 1.0024969) = Z(0.9975093)
        // = 0.8407 (normal table: Z(1.00) = 0.8413, Z(0.99) = 0.8389)
        DeflatedSharpe single = DeflatedSharpe.of(0.1, 0, 1, 101, 0, 3);

        assertThat(single.expectedMaximum()).isZero();
        assertThat(single.probability()).isCloseTo(0.8407, within(1e-4));
    }

    @Test
    void moreTrialsDeflateTheSameSharpeRatioMore() {
        double few = DeflatedSharpe.of(0.1, 0.002, 10, 1_250, 0, 3).probability();
        double many = DeflatedSharpe.of(0.1, 0.002, 1_000, 1_250, 0, 3).probability();

        assertThat(many).isLessThan(few);
    }
}
