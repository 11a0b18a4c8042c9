package dev.artificer.infrastructure.schwab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.SendWindows;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The non-order rate limit as Schwab would count it: the stand-in records when each request arrives, and no rolling
 * window may hold more than the limit, wherever the burst starts. The window is 2 s instead of a minute so the test
 * runs in seconds; arrivals may trail the permit by the loopback delay, hence a small tolerance on the window, and a
 * first request (the slowest, opening the connection) before the burst.
 */
class RequestRateLimitIT {

    private static final int LIMIT = 4;
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private static final Duration ARRIVAL_TOLERANCE = Duration.ofMillis(300);

    private StandInSchwab schwab;

    @BeforeEach
    void startStandIn() throws IOException {
        schwab = StandInSchwab.start();
    }

    @AfterEach
    void stopStandIn() {
        schwab.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 20261203L})
    void noRollingWindowHoldsMoreThanTheLimitWhereverTheBurstStarts(long seed) throws Exception {
        SchwabClient client = schwab.client(InMemoryTokenStore.holding(schwab.loggedIn(Instant.now().plus(Duration.ofMinutes(30)))),
                SchwabHttpSettings.builder().rateLimit(LIMIT, WINDOW, Duration.ofSeconds(20)).build());
        client.marketData().quotes(List.of("AAPL"));
        Thread.sleep(WINDOW.toMillis() / 2 + new Random(seed).nextLong(WINDOW.toMillis() * 2 / 5));
        long burst = System.nanoTime();

        sendConcurrently(client, 3, LIMIT);

        List<Long> arrivals = schwab.arrivals(StandInSchwab.QUOTES);
        assertThat(arrivals).hasSize(3 * LIMIT + 1);
        assertThat(arrivals.stream().filter(arrived -> arrived >= burst)).hasSize(3 * LIMIT);
        assertThat(SendWindows.busiestWindow(arrivals, WINDOW.minus(ARRIVAL_TOLERANCE)))
                .as("most requests in one rolling %s window (seed %d)", WINDOW, seed)
                .isLessThanOrEqualTo(LIMIT);
    }

    private static void sendConcurrently(SchwabClient client, int callers, int callsEach) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int caller = 0; caller < callers; caller++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    for (int call = 0; call < callsEach; call++) {
                        client.marketData().quotes(List.of("AAPL"));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
        }
    }
}
