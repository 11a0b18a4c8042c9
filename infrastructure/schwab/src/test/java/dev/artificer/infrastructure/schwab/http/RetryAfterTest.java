package dev.artificer.infrastructure.schwab.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2024-03-01T15:00:00Z");

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse(Optional.of("2"), NOW)).contains(Duration.ofSeconds(2));
    }

    @Test
    void readsAnHttpDateAsTheWaitUntilThen() {
        assertThat(RetryAfter.parse(Optional.of("Fri, 01 Mar 2024 15:00:30 GMT"), NOW))
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void readsAPastHttpDateAsNoWait() {
        assertThat(RetryAfter.parse(Optional.of("Fri, 01 Mar 2024 14:00:00 GMT"), NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsNegativeSecondsAsNoWait() {
        assertThat(RetryAfter.parse(Optional.of("-5"), NOW)).contains(Duration.ZERO);
    }

    @Test
    void ignoresAMissingHeader() {
        assertThat(RetryAfter.parse(Optional.empty(), NOW)).isEmpty();
    }

    @Test
    void ignoresAnUnreadableHeader() {
        assertThat(RetryAfter.parse(Optional.of("soon"), NOW)).isEmpty();
    }
}
