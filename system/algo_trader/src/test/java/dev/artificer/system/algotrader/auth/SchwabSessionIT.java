package dev.artificer.system.algotrader.auth;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.testsupport.services.RedisEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import dev.artificer.infrastructure.redis.RedisSettings;
import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import dev.artificer.infrastructure.schwab.oauth.SchwabOAuthClient;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokenManager;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.system.algotrader.adapters.redis.AlgoTraderRedisClient;
import dev.artificer.system.algotrader.adapters.redis.RedisRefreshLock;
import dev.artificer.system.algotrader.adapters.redis.RedisTokenStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two app instances sharing one real Redis and one stand-in Schwab, as in production with two processes. */
class SchwabSessionIT {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private StandInSchwab schwab;
    private final List<AlgoTraderRedisClient> clients = new ArrayList<>();
    private String namespace;
    private RedisEndpoint redis;

    @BeforeEach
    void start() throws Exception {
        redis = TestServices.from(System.getenv()).redis();
        schwab = StandInSchwab.start();
        namespace = "it-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    @AfterEach
    void stop() {
        if (schwab != null) {
            schwab.close();
        }
        if (!clients.isEmpty()) {
            new RedisTokenStore(clients.getFirst(), TokenCipher.forKey(""), Clock.systemUTC()).clear();
        }
        clients.forEach(AlgoTraderRedisClient::close);
    }

    private SchwabSession instance() {
        return instance(Duration.ofHours(156));
    }

    private SchwabSession instance(Duration warnAfter) {
        AlgoTraderRedisClient client = new AlgoTraderRedisClient(RedisSettings.builder().host(redis.host())
                .port(redis.port()).database(redis.database()).namespace(namespace).build());
        clients.add(client);
        RedisTokenStore store = new RedisTokenStore(client, TokenCipher.forKey(""), Clock.systemUTC());
        SchwabHttp http = new SchwabHttp(StandInSchwab.fastSettings());
        SchwabOAuthClient oauth = new SchwabOAuthClient(StandInSchwab.credentials(), schwab.endpoints().authorize(),
                schwab.endpoints().token(), http, Clock.systemUTC());
        SchwabTokenManager manager = new SchwabTokenManager(oauth, store, Clock.systemUTC(), Duration.ofMinutes(5),
                SchwabSession.REFRESH_TOKEN_LIFETIME);
        return new SchwabSession(manager, store, new RedisRefreshLock(client, Duration.ofSeconds(10), Duration.ofSeconds(20)),
                Clock.systemUTC(), Duration.ofMinutes(5), warnAfter, meters);
    }

    private void storeTokensExpiringIn(Duration life) {
        RedisTokenStore store = new RedisTokenStore(clients.getFirst(), TokenCipher.forKey(""), Clock.systemUTC());
        store.save(schwab.loggedIn(Instant.now().plus(life)));
    }

    @Test
    void validAccessTokenIsHandedOutWithoutARefresh() {
        SchwabSession session = instance();
        storeTokensExpiringIn(Duration.ofMinutes(30));

        assertThat(session.accessToken()).isNotBlank();
        assertThat(schwab.refreshGrants()).isZero();
    }

    @Test
    void eightCallersInTwoInstancesCauseExactlyOneRefresh() throws Exception {
        SchwabSession first = instance();
        SchwabSession second = instance();
        storeTokensExpiringIn(Duration.ofMinutes(2));
        schwab.delayRefreshes(Duration.ofMillis(300));
        CountDownLatch go = new CountDownLatch(1);
        Set<String> tokens = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> calls = new ArrayList<>();
            for (int caller = 0; caller < 8; caller++) {
                SchwabSession session = caller % 2 == 0 ? first : second;
                calls.add(pool.submit((Callable<Void>) () -> {
                    go.await();
                    tokens.add(session.accessToken());
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
        }

        assertThat(schwab.refreshGrants()).isEqualTo(1);
        assertThat(tokens).hasSize(1);
        assertThat(meters.counter("algo_trader.schwab.token.refreshes", "outcome", "success").count()).isPositive();
    }

    @Test
    void eightCallersWithATokenLivingLessThanTheMarginCauseOneRefreshCountedOnce() throws Exception {
        SchwabSession first = instance();
        SchwabSession second = instance();
        schwab.issueAccessTokensFor(Duration.ofMinutes(2));
        storeTokensExpiringIn(Duration.ofSeconds(30));
        schwab.delayRefreshes(Duration.ofMillis(300));

        Set<String> tokens = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < 2; round++) {
            tokens.addAll(askConcurrently(first, second, 8));
        }

        assertThat(schwab.refreshGrants()).as("the refreshed 2-minute token is fresh for a minute").isEqualTo(1);
        assertThat(tokens).hasSize(1);
        assertThat(meters.counter("algo_trader.schwab.token.refreshes", "outcome", "success").count()).isEqualTo(1);
    }

    private static Set<String> askConcurrently(SchwabSession first, SchwabSession second, int callers) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Set<String> tokens = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<?>> calls = new ArrayList<>();
            for (int caller = 0; caller < callers; caller++) {
                SchwabSession session = caller % 2 == 0 ? first : second;
                calls.add(pool.submit((Callable<Void>) () -> {
                    go.await();
                    tokens.add(session.accessToken());
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
        }
        return tokens;
    }

    @Test
    void rejectedTokenIsRefreshedOnceForAllCallers() {
        SchwabSession session = instance();
        storeTokensExpiringIn(Duration.ofMinutes(30));
        String rejected = session.accessToken();

        String first = session.refreshAfterRejection(rejected);
        String second = session.refreshAfterRejection(rejected);

        assertThat(first).isNotEqualTo(rejected).isEqualTo(second);
        assertThat(schwab.refreshGrants()).isEqualTo(1);
    }

    @Test
    void refusedRefreshTokenAsksForALoginWithTheCommand() {
        SchwabSession session = instance();
        storeTokensExpiringIn(Duration.ofMinutes(1));
        schwab.revokeRefreshToken();

        assertThatThrownBy(session::accessToken)
                .isInstanceOf(LoginRequiredException.class)
                .hasMessageContaining("auth login");
    }

    @Test
    void nobodyLoggedInAsksForALogin() {
        assertThatThrownBy(instance()::accessToken)
                .isInstanceOf(LoginRequiredException.class)
                .hasMessageContaining("no tokens are stored");
    }

    @Test
    void oldRefreshTokenMakesTheLoginDueSoon() {
        SchwabSession session = instance(Duration.ZERO.plusMillis(1));
        storeTokensExpiringIn(Duration.ofMinutes(30));

        assertThat(session.status().loginDueSoon()).isTrue();
        assertThat(session.accessToken()).isNotBlank();
    }

    @Test
    void statusTellsTheExpiriesButNoToken() {
        SchwabSession session = instance();
        storeTokensExpiringIn(Duration.ofMinutes(30));

        TokenStatus status = session.status();

        assertThat(status.loggedIn()).isTrue();
        assertThat(status.loginDueSoon()).isFalse();
        assertThat(status.refreshTokenExpiresAt()).isEqualTo(status.refreshTokenIssuedAt().plus(Duration.ofDays(7)));
        assertThat(status.toString()).doesNotContain(schwab.secrets());
    }
}
