package dev.artificer.system.algotrader.adapters.redis;

import dev.artificer.infrastructure.redis.BaseRedisClient;
import dev.artificer.infrastructure.redis.RedisRateWindow;
import dev.artificer.infrastructure.schwab.http.RateWindow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Schwab rate window shared in Redis by every process of one Schwab app (the service and a CLI backfill alike):
 * Schwab counts its 120 requests a minute per app, so the key is derived from the app key (hashed, so the key
 * itself never shows in Redis).
 */
public final class SchwabRateWindows {

    private SchwabRateWindows() {
    }

    /**
     * The shared window of an app.
     *
     * @param redis  the Redis client
     * @param appKey the Schwab app key
     * @return the window, under {@code schwab:rate-limit:<hash of the app key>}
     */
    public static RateWindow forApp(BaseRedisClient redis, String appKey) {
        return new RedisRateWindow(redis, key(appKey))::tryAcquire;
    }

    /**
     * The relative Redis key of an app's window.
     *
     * @param appKey the Schwab app key
     * @return {@code schwab:rate-limit:} and 16 hex digits of the key's SHA-256
     */
    public static String key(String appKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(appKey.getBytes(StandardCharsets.UTF_8));
            return "schwab:rate-limit:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("the JDK lacks SHA-256", missing);
        }
    }
}
