package dev.artificer.infrastructure.redis;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A sliding-window rate limit shared by every process that uses the same Redis key: a sorted set of the instants at
 * which permits were granted, checked and updated in one Lua script, so no rolling window ever holds more permits
 * than the limit however many processes ask at once. Instants come from the Redis server's clock ({@code TIME}),
 * so processes on machines with different clocks still agree. The key expires one window after the last permit.
 * Thread-safe.
 */
public final class RedisRateWindow {

    /*
     * KEYS[1] the sorted set; ARGV[1] the limit; ARGV[2] the window in microseconds; ARGV[3] a unique member.
     * Returns 0 when a permit was granted, else the microseconds until the oldest permit leaves the window.
     */
    private static final String ACQUIRE = """
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            local window = tonumber(ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
            if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
              redis.call('ZADD', KEYS[1], now, ARGV[3])
              redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000))
              return 0
            end
            local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
            return math.max(1, tonumber(oldest[2]) + window - now)
            """;

    private final BaseRedisClient redis;
    private final String name;

    /**
     * Creates the window over a key of the client's namespace.
     *
     * @param redis the client
     * @param name  the relative key, e.g. {@code schwab:rate-limit:<app>}; every process sharing the limit uses it
     */
    public RedisRateWindow(BaseRedisClient redis, String name) {
        this.redis = redis;
        this.name = name;
    }

    /**
     * Takes a permit if fewer than {@code limit} were taken under this key within the last {@code window}.
     *
     * @param limit  permits per window, 1 or more
     * @param window the window, at least one millisecond
     * @return {@link Duration#ZERO} when the permit was taken, else how long until the oldest permit leaves the window
     * @throws IllegalArgumentException when the limit or window is out of range
     * @throws RedisAccessException     when Redis cannot be reached
     */
    public Duration tryAcquire(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("rate limit must be 1 or more (got " + limit + ")");
        }
        if (window == null || window.toMillis() < 1) {
            throw new IllegalArgumentException("rate window must be at least 1 ms (got " + window + ")");
        }
        Object micros = redis.eval("rate window " + name, ACQUIRE, List.of(redis.key(name)),
                List.of(String.valueOf(limit), String.valueOf(window.toNanos() / 1_000), UUID.randomUUID().toString()));
        long wait = ((Number) micros).longValue();
        return wait <= 0 ? Duration.ZERO : Duration.ofNanos(wait * 1_000);
    }
}
