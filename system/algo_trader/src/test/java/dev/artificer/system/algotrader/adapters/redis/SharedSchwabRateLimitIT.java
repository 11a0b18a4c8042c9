package dev.artificer.system.algotrader.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.testsupport.services.RedisEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import dev.artificer.infrastructure.redis.RedisSettings;
import dev.artificer.infrastructure.schwab.http.AccessTokenSource;
import dev.artificer.infrastructure.schwab.http.SchwabApiTransport;
import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import dev.artificer.infrastructure.schwab.marketdata.MarketDataClient;
import dev.artificer.infrastructure.schwab.standin.SendWindows;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.system.algotrader.observability.ObservabilitySchema;
import dev.artificer.system.algotrader.wiring.SchwabWiring;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Schwab's per-app limit across two processes of the app (say the service and a CLI backfill): each has its own
 * Redis connection and HTTP layer, wired as the app wires them, and the stand-in counts the requests of both. The
 * window is 2 s instead of a minute so the test runs in seconds; arrivals may trail the permit by the loopback delay,
 * so each process first sends one request (its first connection is the slowest) and the burst starts a window later.
 */
class SharedSchwabRateLimitIT {

    private static final int LIMIT = 4;
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private static final Duration ARRIVAL_TOLERANCE = Duration.ofMillis(300);
    private static final String APP_KEY = StandInSchwab.APP_KEY;

    private final List<AlgoTraderRedisClient> clients = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private StandInSchwab schwab;
    private RedisEndpoint redis;
    private String namespace;
    private String token;

    @BeforeEach
    void start() throws Exception {
        redis = TestServices.from(System.getenv()).redis();
        schwab = StandInSchwab.start();
        token = schwab.loggedIn(Instant.now().plus(Duration.ofMinutes(30))).accessToken();
        namespace = "it-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    @AfterEach
    void stop() {
        if (schwab != null) {
            schwab.close();
        }
        if (!clients.isEmpty()) {
            clients.getFirst().delete(SchwabRateWindows.key(APP_KEY));
        }
        clients.forEach(AlgoTraderRedisClient::close);
    }

    @Test
    void twoProcessesTogetherSendNoMoreThanTheLimitInAnyRollingWindowAndRecordTheirWaits() throws Exception {
        List<MarketDataClient> processes = List.of(process(), process());
        for (MarketDataClient warmUp : processes) {
            warmUp.quotes(List.of("AAPL"));
        }
        Thread.sleep(WINDOW.toMillis());
        long started = System.nanoTime();

        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
            for (int caller = 0; caller < 4; caller++) {
                MarketDataClient client = processes.get(caller % 2);
                calls.add(callers.submit(() -> {
                    go.await();
                    for (int call = 0; call < 3; call++) {
                        client.quotes(List.of("AAPL"));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
        }

        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        List<Long> arrivals = schwab.arrivals(StandInSchwab.QUOTES).stream().filter(arrived -> arrived >= started)
                .toList();
        assertThat(arrivals).hasSize(12);
        assertThat(SendWindows.busiestWindow(arrivals, WINDOW.minus(ARRIVAL_TOLERANCE)))
                .as("most requests of both processes in one rolling %s window", WINDOW)
                .isLessThanOrEqualTo(LIMIT);
        Timer waits = meters.get(ObservabilitySchema.Metrics.SCHWAB_RATE_LIMIT_WAITS).timer();
        assertThat(waits.count()).as("12 requests at once under a limit of 4 wait").isPositive();
        assertThat(waits.totalTime(TimeUnit.NANOSECONDS)).as("no more waiting than 4 callers for the whole test")
                .isPositive().isLessThanOrEqualTo(4 * elapsed.toNanos());
    }

    private MarketDataClient process() {
        AlgoTraderRedisClient client = new AlgoTraderRedisClient(RedisSettings.builder().host(redis.host())
                .port(redis.port()).database(redis.database()).namespace(namespace).build());
        clients.add(client);
        SchwabHttp http = SchwabWiring.schwabHttp(SchwabHttpSettings.builder()
                        .rateLimit(LIMIT, WINDOW, Duration.ofSeconds(20)).build(),
                Optional.of(SchwabRateWindows.forApp(client, APP_KEY)), meters);
        return new MarketDataClient(schwab.endpoints().marketData(), new SchwabApiTransport(http, new AccessTokenSource() {
            @Override
            public String accessToken() {
                return token;
            }

            @Override
            public String refreshAfterRejection(String rejectedToken) {
                return token;
            }
        }));
    }
}
