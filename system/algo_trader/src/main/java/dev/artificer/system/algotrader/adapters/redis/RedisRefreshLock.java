package dev.artificer.system.algotrader.adapters.redis;

import dev.artificer.infrastructure.redis.BaseRedisClient;
import dev.artificer.infrastructure.redis.RedisLock;
import dev.artificer.system.algotrader.auth.RefreshLock;
import dev.artificer.system.algotrader.auth.TokenStorageException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A refresh lock shared by every app instance that uses the same Redis: {@code SET NX PX} with an owner token,
 * waited for in short steps, and released only by its owner. The lease bounds how long a crashed holder blocks.
 */
public final class RedisRefreshLock implements RefreshLock {

    static final String LOCK_KEY = "schwab:refresh-lock";
    private static final Duration POLL = Duration.ofMillis(25);

    private final BaseRedisClient redis;
    private final Duration lease;
    private final Duration maxWait;

    /**
     * Creates the lock.
     *
     * @param redis   the shared Redis
     * @param lease   how long a holder may keep it
     * @param maxWait how long to wait for it before giving up
     */
    public RedisRefreshLock(BaseRedisClient redis, Duration lease, Duration maxWait) {
        this.redis = redis;
        this.lease = lease;
        this.maxWait = maxWait;
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
        RedisLock lock = acquire();
        try {
            return work.get();
        } finally {
            redis.unlock(lock);
        }
    }

    private RedisLock acquire() {
        Instant deadline = Instant.now().plus(maxWait);
        while (true) {
            Optional<RedisLock> lock = redis.tryLock(LOCK_KEY, lease);
            if (lock.isPresent()) {
                return lock.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new TokenStorageException("another algo-trader instance has held the Schwab token refresh lock "
                        + "for over " + maxWait.toSeconds() + " s (" + redis.key(LOCK_KEY) + ")");
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new TokenStorageException("interrupted while waiting for the Schwab token refresh lock");
            }
        }
    }
}
