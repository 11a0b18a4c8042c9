package dev.artificer.system.algotrader.adapters.redis;

import dev.artificer.infrastructure.redis.BaseRedisClient;
import dev.artificer.infrastructure.schwab.oauth.SchwabTokens;
import dev.artificer.system.algotrader.auth.TokenCipher;
import dev.artificer.system.algotrader.auth.TokenStorage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the Schwab tokens in Redis: the access token under a TTL equal to its remaining life (Redis forgets it
 * when it expires), the refresh token without a TTL together with the time it was issued.
 */
public final class RedisTokenStore implements TokenStorage {

    static final String ACCESS_KEY = "schwab:access-token";
    static final String REFRESH_KEY = "schwab:refresh-token";
    /** Stands in for an access token Redis has already expired, so the token manager refreshes it. */
    static final String EXPIRED = "expired";

    /** The stored access token; {@code issuedAt} is absent in values of older versions. */
    record StoredAccessToken(String token, Instant issuedAt, Instant expiresAt) {
    }

    /** The stored refresh token. */
    record StoredRefreshToken(String token, Instant issuedAt) {
    }

    private final BaseRedisClient redis;
    private final TokenCipher cipher;
    private final Clock clock;

    /**
     * Creates the store.
     *
     * @param redis  the Redis client (its namespace applies)
     * @param cipher seals tokens at rest
     * @param clock  the time, for the access token's TTL
     */
    public RedisTokenStore(BaseRedisClient redis, TokenCipher cipher, Clock clock) {
        this.redis = redis;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public Optional<SchwabTokens> load() {
        Optional<StoredRefreshToken> refresh = redis.getJson(REFRESH_KEY, StoredRefreshToken.class);
        if (refresh.isEmpty()) {
            return Optional.empty();
        }
        StoredAccessToken access = redis.getJson(ACCESS_KEY, StoredAccessToken.class)
                .orElse(new StoredAccessToken(EXPIRED, Instant.EPOCH, Instant.EPOCH));
        String accessToken = EXPIRED.equals(access.token()) ? EXPIRED : cipher.open(access.token());
        return Optional.of(new SchwabTokens(accessToken, TokenStorage.issuedAtOrAssumed(access.issuedAt(),
                access.expiresAt()), access.expiresAt(), cipher.open(refresh.get().token()), refresh.get().issuedAt()));
    }

    @Override
    public void save(SchwabTokens tokens) {
        redis.setJson(REFRESH_KEY, new StoredRefreshToken(cipher.seal(tokens.refreshToken()), tokens.refreshTokenIssuedAt()));
        Duration life = Duration.between(clock.instant(), tokens.accessTokenExpiresAt());
        if (life.toMillis() >= 1) {
            redis.setJson(ACCESS_KEY, new StoredAccessToken(cipher.seal(tokens.accessToken()),
                    tokens.accessTokenIssuedAt(), tokens.accessTokenExpiresAt()), life);
        } else {
            redis.delete(ACCESS_KEY);
        }
    }

    @Override
    public void clear() {
        redis.delete(ACCESS_KEY);
        redis.delete(REFRESH_KEY);
    }

    @Override
    public String location() {
        return "redis " + redis.settings().host() + ":" + redis.settings().port() + "/" + redis.settings().database()
                + " key " + redis.key("schwab:*");
    }
}
