package dev.artificer.infrastructure.schwab.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The streamer's settings and their defaults. */
class StreamerSettingsTest {

    @Test
    void theDefaultsAreThoseDocumented() {
        StreamerSettings defaults = StreamerSettings.defaults();

        assertThat(defaults).isEqualTo(new StreamerSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofMillis(500), Duration.ofSeconds(60), 0.25, 3, ChartEquityLayout.OBSERVED));
    }

    @Test
    void aZeroHeartbeatTimeoutIsRefusedByName() {
        assertThatThrownBy(() -> StreamerSettings.builder().heartbeatTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("heartbeat timeout must be positive (got PT0S)");
    }

    @Test
    void anInitialBackoffLongerThanTheMaximumIsRefused() {
        assertThatThrownBy(() -> StreamerSettings.builder()
                .backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0.1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initial backoff PT2S must not be longer than maximum backoff PT1S");
    }

    @Test
    void aJitterOfOneIsRefused() {
        assertThatThrownBy(() -> StreamerSettings.builder()
                .backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jitter factor must be at least 0 and below 1 (got 1.0)");
    }

    @Test
    void noLoginDenialsAllowedIsRefused() {
        assertThatThrownBy(() -> StreamerSettings.builder().maxLoginDenials(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximum login denials must be 1 or more (got 0)");
    }
}
