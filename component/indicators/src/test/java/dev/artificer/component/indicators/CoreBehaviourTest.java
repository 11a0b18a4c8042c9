package dev.artificer.component.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Behaviour of the API itself, on small inputs worked out by hand. */
class CoreBehaviourTest {

    @Test
    void smaAveragesTheLastPeriodValuesAfterItsLookback() {
        double[] sma = Sma.compute(new double[] {1, 2, 3, 4, 5}, 3);

        assertThat(sma).containsExactly(Double.NaN, Double.NaN, 2, 3, 4);
    }

    @Test
    void emaStartsAtTheSmaOfTheFirstPeriodValues() {
        double[] ema = Ema.compute(new double[] {2, 4, 6, 8}, 3);

        // seed (2 + 4 + 6) / 3 = 4, then 4 + (8 - 4) * 2 / (3 + 1) = 6
        assertThat(ema[1]).isNaN();
        assertThat(ema[2]).isEqualTo(4.0);
        assertThat(ema[3]).isCloseTo(6.0, within(1e-12));
    }

    @Test
    void rsiOfAConstantSeriesIsZeroLikeTaLib() {
        double[] constant = new double[40];
        Arrays.fill(constant, 7.5);

        assertThat(Arrays.copyOfRange(Rsi.compute(constant, 14), 14, 40)).containsOnly(0.0);
    }

    @Test
    void rsiOfOnlyRisesIsOneHundred() {
        double[] rising = {1, 2, 3, 4, 5, 6, 7};

        assertThat(Rsi.compute(rising, 3)[6]).isEqualTo(100.0);
    }

    @Test
    void atrOfBarsWithTheSameRangeIsThatRange() {
        double[] high = {11, 11, 11, 11, 11};
        double[] low = {9, 9, 9, 9, 9};
        double[] close = {10, 10, 10, 10, 10};

        assertThat(Atr.compute(high, low, close, 2)).containsExactly(Double.NaN, Double.NaN, 2, 2, 2);
    }

    @Test
    void batchWritesIntoTheCallersArray() {
        double[] out = new double[5];

        Sma.compute(new double[] {1, 2, 3, 4, 5}, 2, out);

        assertThat(out).containsExactly(Double.NaN, 1.5, 2.5, 3.5, 4.5);
    }

    @Test
    void streamingIsNotReadyDuringTheLookback() {
        Sma sma = new Sma(3);

        sma.update(1);
        sma.update(2);
        assertThat(sma.isReady()).isFalse();
        assertThat(sma.update(3)).isEqualTo(2.0);
        assertThat(sma.isReady()).isTrue();
    }

    @Test
    void aGapMakesTheStreamingIndicatorWarmUpAgain() {
        Sma sma = new Sma(2);
        sma.update(1);
        sma.update(2);

        assertThat(sma.update(Double.NaN)).isNaN();
        assertThat(sma.update(10)).isNaN();
        assertThat(sma.update(20)).isEqualTo(15.0);
    }

    @Test
    void aGapInAnInputTheIndicatorDoesNotReadIsIgnored() {
        Rsi rsi = new Rsi(2);
        rsi.update(0, 1, 1, 1, 1, 100);
        rsi.update(0, 1, 1, 1, 2, Double.NaN);

        rsi.update(0, 1, 1, 1, 3, Double.NaN);

        assertThat(rsi.value()).isEqualTo(100.0);
    }

    @Test
    void periodBelowTheMinimumIsRejectedWithItsNameAndRange() {
        assertThatThrownBy(() -> Sma.compute(new double[3], 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be between 2 and 100000 (got 1)");
    }

    @Test
    void periodAboveTheMaximumIsRejectedByTheStreamingConstructor() {
        assertThatThrownBy(() -> new Macd(12, 26, 100_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("signal must be between 2 and 100000 (got 100001)");
    }

    @Test
    void nonNumericRealParameterIsRejected() {
        assertThatThrownBy(() -> new BollingerBands(20, Double.NaN, 2, MovingAverageType.SMA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deviationsUp must be a number between");
    }

    @Test
    void inputsOfDifferentLengthsAreRejectedWithTheLengths() {
        assertThatThrownBy(() -> Atr.compute(new double[5], new double[5], new double[4], 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("high, low and close must have the same length (got 5, 5, 4)");
    }

    @Test
    void anOutputShorterThanTheInputIsRejected() {
        assertThatThrownBy(() -> Ema.compute(new double[5], 2, new double[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("output array out must hold at least 5 values (got 4)");
    }

    @Test
    void anOutputIndexBeyondTheIndicatorsOutputsIsRejected() {
        assertThatThrownBy(() -> new Macd(12, 26, 9).value(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("output must be between 0 and 2 (got 3)");
    }

    @Test
    void macdSwapsFastAndSlowLikeTaLib() {
        double[] closes = new double[200];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = 100 + 10 * Math.sin(i / 7.0);
        }

        MacdLines swapped = Macd.compute(closes, 26, 12, 9);
        MacdLines ordered = Macd.compute(closes, 12, 26, 9);

        assertThat(swapped.macd()).containsExactly(ordered.macd());
    }

    @Test
    void movingAverageTypeOfPeriodOneIsTheInputItself() {
        double[] values = {3, 1, 4, 1, 5};

        for (MovingAverageType type : MovingAverageType.values()) {
            assertThat(type.compute(values, 1)).as(type.name()).containsExactly(values);
            assertThat(type.lookback(1)).isZero();
        }
    }
}
