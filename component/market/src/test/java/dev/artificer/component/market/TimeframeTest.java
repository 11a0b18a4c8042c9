package dev.artificer.component.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeframeTest {

    @Test
    void everyCodeParsesBackToItsTimeframe() {
        for (Timeframe timeframe : Timeframe.values()) {
            assertThat(Timeframe.parse(timeframe.code())).isSameAs(timeframe);
        }
    }

    @Test
    void parsingIgnoresCaseAndSpaces() {
        assertThat(Timeframe.parse(" Daily ")).isSameAs(Timeframe.DAILY);
    }

    @Test
    void unknownCodeNamesTheAllowedOnes() {
        assertThatThrownBy(() -> Timeframe.parse("2h"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown timeframe '2h'")
                .hasMessageContaining("1m, 5m, 10m, 15m, 30m, daily, weekly, monthly");
    }

    @Test
    void minuteTimeframesAreIntradayAndDailyIsNot() {
        assertThat(Timeframe.FIFTEEN_MINUTES.intraday()).isTrue();
        assertThat(Timeframe.FIFTEEN_MINUTES.nominalLength()).isEqualTo(Duration.ofMinutes(15));
        assertThat(Timeframe.DAILY.intraday()).isFalse();
    }
}
