package dev.artificer.infrastructure.schwab.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Jittered exponential reconnect delays. */
class BackoffTest {

    @Test
    void withoutJitterTheDelayDoublesUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), 0, () -> 0.5);

        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            delays.add(backoff.next().toMillis());
        }

        assertThat(delays).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
        assertThat(backoff.attempts()).isEqualTo(6);
    }

    @Test
    void jitterSpreadsEachDelayWithinItsShare() {
        SplittableRandom random = new SplittableRandom(7);
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(100), 0.25, random::nextDouble);

        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            delays.add(backoff.next().toNanos());
        }

        assertThat(delays).allSatisfy(delay -> assertThat(delay).isBetween(75_000_000L, 125_000_000L));
        assertThat(delays.stream().distinct().count()).isGreaterThan(900);
        assertThat(delays.stream().mapToLong(Long::longValue).average().orElseThrow())
                .isCloseTo(100_000_000, org.assertj.core.data.Offset.offset(3_000_000.0));
    }

    @Test
    void theExtremesOfTheRandomNumberGiveTheExtremesOfTheSpread() {
        assertThat(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 0.25, () -> 0).next())
                .isEqualTo(Duration.ofMillis(75));
        assertThat(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 0.25, () -> 0.5).next())
                .isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void resetStartsOverFromTheInitialDelay() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), 0, () -> 0.5);
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.attempts()).isEqualTo(1);
    }

    @Test
    void manyAttemptsStayAtTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(1), Duration.ofSeconds(60), 0, () -> 0.5);
        for (int i = 0; i < 200; i++) {
            backoff.next();
        }

        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(60));
    }
}
