package dev.artificer.infrastructure.schwab.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    @Test
    void grantsAsManyPermitsAsThePeriodAllows() {
        ClientRateLimiter limiter = limiter(3, Duration.ofMinutes(1), Duration.ZERO);

        assertThatCode(() -> {
            limiter.acquire("GET /quotes");
            limiter.acquire("GET /quotes");
            limiter.acquire("GET /quotes");
        }).doesNotThrowAnyException();
    }

    @Test
    void refusesThePermitBeyondTheLimitWhenTheNextPeriodIsTooFarAway() {
        ClientRateLimiter limiter = limiter(2, Duration.ofMinutes(1), Duration.ofMillis(10));
        limiter.acquire("GET /quotes");
        limiter.acquire("GET /quotes");

        assertThatThrownBy(() -> limiter.acquire("GET /quotes"))
                .isInstanceOf(RateLimitedException.class)
                .hasMessage("GET /quotes: no permit within PT0.01S from the client-side rate limit of "
                        + "2 requests per PT1M");
    }

    @Test
    void waitsForTheNextPeriodWhenThatFitsTheMaximumWait() {
        ClientRateLimiter limiter = limiter(1, Duration.ofMillis(200), Duration.ofSeconds(5));
        limiter.acquire("GET /quotes");
        long started = System.nanoTime();

        limiter.acquire("GET /quotes");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(50));
    }

    @Test
    void reportsAWaitWithItsDurationButNotAnImmediatePermit() {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        ClientRateLimiter limiter = new ClientRateLimiter(new LocalRateWindow(), 1, Duration.ofMillis(200),
                Duration.ofSeconds(5), "requests", (request, waited, granted) -> {
                    assertThat(request).isEqualTo("GET /quotes");
                    assertThat(granted).isTrue();
                    waits.add(waited);
                });
        limiter.acquire("GET /quotes");
        assertThat(waits).isEmpty();
        long started = System.nanoTime();

        limiter.acquire("GET /quotes");

        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(waits).hasSize(1);
        assertThat(waits.getFirst()).isGreaterThan(Duration.ofMillis(100)).isLessThanOrEqualTo(elapsed);
    }

    @Test
    void defaultsTo120RequestsPerMinute() {
        SchwabHttpSettings defaults = SchwabHttpSettings.defaults();

        assertThat(defaults.requestsPerPeriod()).isEqualTo(120);
        assertThat(defaults.ratePeriod()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refusesEveryPermitAtOnceUnderALimitOfZero() {
        ClientRateLimiter limiter = new ClientRateLimiter(new LocalRateWindow(), 0, Duration.ofMinutes(1),
                Duration.ofSeconds(30), "order requests of an account", RateLimitListener.NONE);
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

    private static ClientRateLimiter limiter(int permits, Duration period, Duration maxWait) {
        return new ClientRateLimiter(new LocalRateWindow(), permits, period, maxWait, "requests", RateLimitListener.NONE);
    }
}
