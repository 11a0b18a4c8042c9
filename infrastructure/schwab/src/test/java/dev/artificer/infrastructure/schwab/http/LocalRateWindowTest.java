package dev.artificer.infrastructure.schwab.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sliding window on a simulated ticker: attempts at random instants, each decision checked against a brute-force
 * count of the permits granted in the rolling window before it.
 */
class LocalRateWindowTest {

    private static final Duration WINDOW = Duration.ofSeconds(60);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20261203L, 987654321L})
    void grantsExactlyWhileFewerThanTheLimitFallInTheLastWindow(long seed) {
        Random random = new Random(seed);
        int limit = 1 + random.nextInt(10);
        AtomicLong now = new AtomicLong(random.nextLong(1_000_000_000_000L));
        LocalRateWindow window = new LocalRateWindow(now::get);
        List<Long> granted = new ArrayList<>();

        for (int attempt = 0; attempt < 2_000; attempt++) {
            now.addAndGet(random.nextLong(WINDOW.toNanos() / limit / 2));
            long t = now.get();
            List<Long> inWindow = granted.stream().filter(g -> t - g < WINDOW.toNanos()).toList();

            Duration answer = window.tryAcquire(limit, WINDOW);

            if (inWindow.size() < limit) {
                assertThat(answer).as("seed %d, attempt %d: %d of %d in the window", seed, attempt, inWindow.size(), limit)
                        .isZero();
                granted.add(t);
            } else {
                assertThat(answer).as("seed %d, attempt %d: wait until the oldest leaves", seed, attempt)
                        .isEqualTo(Duration.ofNanos(inWindow.getFirst() + WINDOW.toNanos() - t));
            }
        }
        for (int i = 0; i + limit < granted.size(); i++) {
            assertThat(granted.get(i + limit) - granted.get(i)).as("seed %d: %d+1 permits span a window", seed, limit)
                    .isGreaterThanOrEqualTo(WINDOW.toNanos());
        }
        assertThat(granted.size()).as("seed %d: some permits granted", seed).isGreaterThan(limit);
    }

    @ParameterizedTest(name = "burst at {0} s into the first minute")
    @ValueSource(longs = {1L, 13L, 59L})
    void aBurstLateInAMinuteGetsNoFreshPermitsAtTheMinuteMark(long secondsIn) {
        AtomicLong now = new AtomicLong(0);
        LocalRateWindow window = new LocalRateWindow(now::get);
        now.set(Duration.ofSeconds(secondsIn).toNanos());
        for (int request = 0; request < 120; request++) {
            assertThat(window.tryAcquire(120, WINDOW)).isZero();
        }

        now.set(Duration.ofSeconds(secondsIn + 59).toNanos());

        assertThat(window.tryAcquire(120, WINDOW)).isEqualTo(Duration.ofSeconds(1));
    }
}
