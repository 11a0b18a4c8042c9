package dev.artificer.infrastructure.influxdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WriteBatchingTest {

    @Test
    void defaultsAreThoseOfTheClientLibrary() {
        assertThat(WriteBatching.builder().build()).isEqualTo(new WriteBatching(1000, Duration.ofSeconds(1), 10_000,
                5, Duration.ofSeconds(5), Duration.ofSeconds(125), Duration.ofSeconds(180)));
    }

    @Test
    void batchSizeMustBePositive() {
        assertThatThrownBy(() -> WriteBatching.builder().batchSize(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch size");
    }

    @Test
    void bufferLimitMustHoldAtLeastOneBatch() {
        assertThatThrownBy(() -> WriteBatching.builder().batchSize(500).bufferLimit(499).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("buffer limit must be at least 500");
    }

    @Test
    void atLeastOneRetryIsRequired() {
        assertThatThrownBy(() -> WriteBatching.builder().maxRetries(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max retries");
    }

    @Test
    void flushIntervalMustBeAtLeastAMillisecond() {
        assertThatThrownBy(() -> WriteBatching.builder().flushInterval(Duration.ofNanos(999_999)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flush interval");
    }

    @Test
    void flushIntervalMustFitTheLibrarysMilliseconds() {
        assertThatThrownBy(() -> WriteBatching.builder().flushInterval(Duration.ofDays(30)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flush interval");
    }

    @Test
    void longestRetryDelayCannotBeShorterThanTheFirst() {
        assertThatThrownBy(() -> WriteBatching.builder()
                .retryDelays(Duration.ofSeconds(10), Duration.ofSeconds(5)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max retry delay");
    }

    @Test
    void maxRetryTimeIsRequired() {
        assertThatThrownBy(() -> WriteBatching.builder().maxRetryTime(null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max retry time");
    }
}
