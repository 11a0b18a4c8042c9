package dev.artificer.component.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BarTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant START = Instant.parse("2026-11-20T14:30:00Z");

    private static Bar bar(double open, double high, double low, double close, long volume) {
        return new Bar(AAPL, Timeframe.FIVE_MINUTES, START, open, high, low, close, volume);
    }

    @Test
    void validBarKeepsItsValues() {
        Bar bar = bar(10, 12, 9, 11, 500);

        assertThat(bar.high()).isEqualTo(12);
        assertThat(bar.low()).isEqualTo(9);
        assertThat(bar.volume()).isEqualTo(500);
    }

    @Test
    void flatBarWithZeroVolumeIsValid() {
        assertThat(bar(5, 5, 5, 5, 0).close()).isEqualTo(5);
    }

    @Test
    void highBelowTheCloseIsRejectedWithBothValues() {
        assertThatThrownBy(() -> bar(10, 10.5, 9, 11, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("high 10.5 is below max(open 10.0, close 11.0)")
                .hasMessageContaining("AAPL 5m at 2026-11-20T14:30:00Z");
    }

    @Test
    void lowAboveTheOpenIsRejected() {
        assertThatThrownBy(() -> bar(10, 12, 10.5, 11, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("low 10.5 is above min(open 10.0, close 11.0)");
    }

    @Test
    void negativeVolumeIsRejected() {
        assertThatThrownBy(() -> bar(10, 12, 9, 11, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("volume -1 is negative");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, 0.0, -1.0})
    void nonFiniteOrNonPositivePriceIsRejected(double price) {
        assertThatThrownBy(() -> bar(price, 12, 9, 11, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("open must be a finite positive price");
    }

    @Test
    void missingStartIsRejected() {
        assertThatThrownBy(() -> new Bar(AAPL, Timeframe.DAILY, null, 1, 1, 1, 1, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("start");
    }

    @Test
    void consecutiveBarsCombineIntoOneWithTheFirstOpenTheExtremesTheLastCloseAndTheSummedVolume() {
        Bar first = new Bar(AAPL, Timeframe.ONE_MINUTE, START, 10, 12, 9.5, 11, 100);
        Bar second = new Bar(AAPL, Timeframe.ONE_MINUTE, START.plusSeconds(60), 11, 11.5, 8, 9, 250);
        Bar third = new Bar(AAPL, Timeframe.ONE_MINUTE, START.plusSeconds(120), 9, 13, 9, 12.5, 50);

        Bar combined = Bar.combined(java.util.List.of(first, second, third), Timeframe.FIVE_MINUTES, START);

        assertThat(combined).isEqualTo(new Bar(AAPL, Timeframe.FIVE_MINUTES, START, 10, 13, 8, 12.5, 400));
    }

    @Test
    void noBarsCannotBeCombined() {
        assertThatThrownBy(() -> Bar.combined(java.util.List.of(), Timeframe.DAILY, START))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
