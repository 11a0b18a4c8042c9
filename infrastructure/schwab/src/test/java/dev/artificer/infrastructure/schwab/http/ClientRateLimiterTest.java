package dev.artificer.infrastructure.schwab.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    @Test
    void grantsAsManyPermitsAsThePeriodAllows() {
        ClientRateLimiter limiter = new ClientRateLimiter(3, Duration.ofMinutes(1), Duration.ZERO);

        assertThatCode(() -> {
            limiter.acquire("GET /quotes");
            limiter.acquire("GET /quotes");
            limiter.acquire("GET /quotes");
        }).doesNotThrowAnyException();
    }

    @Test
    void refusesThePermitBeyondTheLimitWhenTheNextPeriodIsTooFarAway() {
        ClientRateLimiter limiter = new ClientRateLimiter(2, Duration.ofMinutes(1), Duration.ofMillis(10));
        limiter.acquire("GET /quotes");
        limiter.acquire("GET /quotes");

        assertThatThrownBy(() -> limiter.acquire("GET /quotes"))
                .isInstanceOf(RateLimitedException.class)
                .hasMessage("GET /quotes: no permit within PT0.01S from the client-side rate limit of "
                        + "2 requests per PT1M");
    }

    @Test
    void waitsForTheNextPeriodWhenThatFitsTheMaximumWait() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, Duration.ofMillis(200), Duration.ofSeconds(5));
        limiter.acquire("GET /quotes");
        long started = System.nanoTime();

        limiter.acquire("GET /quotes");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(50));
    }

    @Test
    void defaultsTo120RequestsPerMinute() {
        SchwabHttpSettings defaults = SchwabHttpSettings.defaults();

        assertThat(defaults.requestsPerPeriod()).isEqualTo(120);
        assertThat(defaults.ratePeriod()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refusesEveryPermitAtOnceUnderALimitOfZero() {
        ClientRateLimiter limiter = new ClientRateLimiter(0, Duration.ofMinutes(1), Duration.ofSeconds(30),
                "order requests of an account");
        long started = System.nanoTime();

        assertThatThrownBy(() -> limiter.acquire("POST /orders"))
                .isInstanceOf(RateLimitedException.class)
                .hasMessage("POST /orders: refused by the client-side rate limit of 0 order requests of an account "
                        + "per PT1M");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void defaultsTo120OrderRequestsPerMinuteWaitingAtMostTenSeconds() {
        SchwabHttpSettings defaults = SchwabHttpSettings.defaults();

        assertThat(defaults.ordersPerMinute()).isEqualTo(120);
        assertThat(defaults.maxOrderPermitWait()).isEqualTo(Duration.ofSeconds(10));
    }
}
