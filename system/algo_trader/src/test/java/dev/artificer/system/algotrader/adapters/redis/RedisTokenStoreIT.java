package dev.artificer.system.algotrader.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.testsupport.services.RedisEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import dev.artificer.infrastructure.redis.RedisSettings;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokens;
import dev.artificer.system.algotrader.auth.TokenCipher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisTokenStoreIT {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private AlgoTraderRedisClient redis;
    private RedisTokenStore store;

    @BeforeEach
    void connect() {
        RedisEndpoint endpoint = TestServices.from(System.getenv()).redis();
        redis = new AlgoTraderRedisClient(RedisSettings.builder().host(endpoint.host()).port(endpoint.port())
                .database(endpoint.database()).namespace("it-" + UUID.randomUUID().toString().substring(0, 8) + ":").build());
        store = new RedisTokenStore(redis, TokenCipher.forKey(""), CLOCK);
    }

    @AfterEach
    void disconnect() {
        if (redis != null) {
            store.clear();
            redis.close();
        }
    }

    private static SchwabTokens tokensExpiringIn(Duration life) {
        return new SchwabTokens("access-1", NOW.plus(life).minus(Duration.ofMinutes(30)), NOW.plus(life), "refresh-1",
                NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void accessTokenLivesInRedisExactlyAsLongAsItIsValid() {
        store.save(tokensExpiringIn(Duration.ofMinutes(30)));

        assertThat(redis.ttl(RedisTokenStore.ACCESS_KEY)).hasValueSatisfying(ttl ->
                assertThat(ttl).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30)));
    }

    @Test
    void refreshTokenIsPersistentWithItsIssueTime() {
        store.save(tokensExpiringIn(Duration.ofMinutes(30)));

        assertThat(redis.ttl(RedisTokenStore.REFRESH_KEY)).isEmpty();
        assertThat(store.load().orElseThrow().refreshTokenIssuedAt()).isEqualTo(NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void savedTokensLoadBackEqual() {
        SchwabTokens tokens = tokensExpiringIn(Duration.ofMinutes(30));
        store.save(tokens);

        assertThat(store.load()).contains(tokens);
    }

    @Test
    void accessTokenExpiredByRedisLoadsAsUnusableSoItGetsRefreshed() {
        store.save(tokensExpiringIn(Duration.ofMinutes(30)));
        redis.delete(RedisTokenStore.ACCESS_KEY);

        SchwabTokens loaded = store.load().orElseThrow();
        assertThat(loaded.accessTokenUsableAt(NOW, Duration.ZERO)).isFalse();
        assertThat(loaded.refreshToken()).isEqualTo("refresh-1");
    }

    @Test
    void alreadyExpiredAccessTokenIsNotStored() {
        store.save(tokensExpiringIn(Duration.ofMinutes(-1)));

        assertThat(redis.exists(RedisTokenStore.ACCESS_KEY)).isFalse();
        assertThat(redis.exists(RedisTokenStore.REFRESH_KEY)).isTrue();
    }

    @Test
    void withoutARefreshTokenNobodyIsLoggedIn() {
        assertThat(store.load()).isEmpty();
    }

    @Test
    void clearForgetsBothTokens() {
        store.save(tokensExpiringIn(Duration.ofMinutes(30)));
        store.clear();

        assertThat(store.load()).isEmpty();
        assertThat(redis.exists(RedisTokenStore.ACCESS_KEY)).isFalse();
    }

    @Test
    void keysLiveUnderTheAlgoTraderNamespaceInProduction() {
        assertThat(AlgoTraderRedisClient.NAMESPACE).isEqualTo("algo_trader:");
        assertThat(store.location()).contains("schwab:*");
    }
}
