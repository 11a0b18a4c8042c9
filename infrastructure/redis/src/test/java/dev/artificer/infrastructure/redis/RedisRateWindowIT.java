package dev.artificer.infrastructure.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.testsupport.services.RedisEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared sliding window against a real Redis, asked by two clients at once as two processes would. */
class RedisRateWindowIT {

    private static final int LIMIT = 5;
    private static final Duration WINDOW = Duration.ofSeconds(1);

    /** When a caller asked and when the permit came back: the grant happened somewhere in between. */
    record Grant(long askedNanos, long answeredNanos) {
    }

    private final List<BaseRedisClient> clients = new ArrayList<>();
    private String namespace;
    private RedisEndpoint endpoint;

    @BeforeEach
    void connect() {
        endpoint = TestServices.from(System.getenv()).redis();
        namespace = "it-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    @AfterEach
    void disconnect() {
        if (!clients.isEmpty()) {
            clients.getFirst().delete("rate");
            clients.getFirst().delete("other-rate");
        }
        clients.forEach(BaseRedisClient::close);
    }

    private BaseRedisClient client() {
        BaseRedisClient client = new BaseRedisClient(RedisSettings.builder().host(endpoint.host()).port(endpoint.port())
                .database(endpoint.database()).namespace(namespace).build());
        clients.add(client);
        return client;
    }

    @Test
    void twoClientsTogetherNeverGetMoreThanTheLimitInOneRollingWindow() throws Exception {
        List<RedisRateWindow> windows = List.of(new RedisRateWindow(client(), "rate"), new RedisRateWindow(client(), "rate"));
        List<Grant> grants = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
            List<Future<?>> calls = new ArrayList<>();
            for (int caller = 0; caller < 4; caller++) {
                RedisRateWindow window = windows.get(caller % 2);
                calls.add(callers.submit(() -> {
                    go.await();
                    for (int permit = 0; permit < 4; permit++) {
                        grants.add(acquire(window));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
        }

        List<Grant> byAsked = grants.stream().sorted(Comparator.comparingLong(Grant::askedNanos)).toList();
        assertThat(byAsked).hasSize(16);
        for (int first = 0; first + LIMIT < byAsked.size(); first++) {
            long latestAnswer = byAsked.subList(first, first + LIMIT + 1).stream().mapToLong(Grant::answeredNanos).max()
                    .orElseThrow();
            assertThat(Duration.ofNanos(latestAnswer - byAsked.get(first).askedNanos()))
                    .as("%d permits from grant %d on span at least the window", LIMIT + 1, first)
                    .isGreaterThanOrEqualTo(WINDOW);
        }
    }

    @Test
    void aFullWindowSaysHowLongUntilItsOldestPermitLeaves() {
        RedisRateWindow window = new RedisRateWindow(client(), "rate");
        long started = System.nanoTime();
        for (int permit = 0; permit < LIMIT; permit++) {
            assertThat(window.tryAcquire(LIMIT, WINDOW)).isZero();
        }

        Duration wait = window.tryAcquire(LIMIT, WINDOW);

        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(wait).isPositive().isLessThanOrEqualTo(WINDOW).isGreaterThanOrEqualTo(WINDOW.minus(elapsed));
        assertThat(clients.getFirst().ttl("rate")).hasValueSatisfying(ttl -> assertThat(ttl).isLessThanOrEqualTo(WINDOW));
    }

    @Test
    void keysCountApart() {
        BaseRedisClient client = client();
        RedisRateWindow one = new RedisRateWindow(client, "rate");
        RedisRateWindow other = new RedisRateWindow(client, "other-rate");
        assertThat(one.tryAcquire(1, Duration.ofMinutes(1))).isZero();

        assertThat(other.tryAcquire(1, Duration.ofMinutes(1))).isZero();
        assertThat(one.tryAcquire(1, Duration.ofMinutes(1))).isPositive();
    }

    @Test
    void refusesALimitBelowOne() {
        RedisRateWindow window = new RedisRateWindow(client(), "rate");

        assertThatThrownBy(() -> window.tryAcquire(0, WINDOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate limit must be 1 or more (got 0)");
    }

    private static Grant acquire(RedisRateWindow window) throws InterruptedException {
        while (true) {
            long asked = System.nanoTime();
            Duration wait = window.tryAcquire(LIMIT, WINDOW);
            if (wait.isZero()) {
                return new Grant(asked, System.nanoTime());
            }
            Thread.sleep(wait);
        }
    }
}
