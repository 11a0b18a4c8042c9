package dev.artificer.infrastructure.schwab.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SchwabHttpSettingsTest {

    @Test
    void takesEveryValueFromTheBuilder() {
        SchwabHttpSettings settings = SchwabHttpSettings.builder()
                .timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))
                .rateLimit(60, Duration.ofSeconds(30), Duration.ofSeconds(3))
                .serverRetries(5, Duration.ofMillis(10), Duration.ofMillis(100))
                .jitter(0.5)
                .rateLimitRetries(4, Duration.ofSeconds(9))
                .orderRateLimit(7, Duration.ofSeconds(2))
                .build();

        assertThat(settings).isEqualTo(new SchwabHttpSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), 60,
                Duration.ofSeconds(30), Duration.ofSeconds(3), 5, Duration.ofMillis(10), Duration.ofMillis(100), 0.5,
                4, Duration.ofSeconds(9), 7, Duration.ofSeconds(2)));
    }

    @Test
    void rejectsABackoffThatStartsAtItsMaximum() {
        assertThatThrownBy(() -> SchwabHttpSettings.builder()
                .serverRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initial backoff PT1S must be shorter than maximum backoff PT1S");
    }

    @Test
    void rejectsAJitterOfOneOrMore() {
        assertThatThrownBy(() -> SchwabHttpSettings.builder().jitter(1.0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jitter factor must be at least 0 and below 1");
    }

    @Test
    void rejectsAMissingTimeout() {
        assertThatThrownBy(() -> SchwabHttpSettings.builder().timeouts(null, Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connect timeout must be positive");
    }

    @Test
    void rejectsNegativeRetries() {
        assertThatThrownBy(() -> SchwabHttpSettings.builder()
                .serverRetries(-1, Duration.ofMillis(1), Duration.ofMillis(2)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maximum server retries must not be negative");
    }

    @Test
    void rejectsAnOrderLimitAboveSchwabsHighest() {
        assertThatThrownBy(() -> SchwabHttpSettings.builder().orderRateLimit(121, Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orders per minute must be 0 to 120, as at Schwab's app registration (got 121)");
    }

    @Test
    void rejectsANegativeOrderLimit() {
        assertThatThrownBy(() -> SchwabHttpSettings.builder().orderRateLimit(-1, Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orders per minute must be 0 to 120");
    }
}
