package dev.artificer.system.algotrader.adapters.redis;

import dev.artificer.infrastructure.redis.BaseRedisClient;
import dev.artificer.infrastructure.redis.RedisAccessException;
import dev.artificer.infrastructure.redis.RedisLock;
import dev.artificer.system.algotrader.stream.StreamHolder;
import dev.artificer.system.algotrader.stream.StreamLease;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streamer connection's lease in the shared Redis: a lock ({@code SET NX PX} with an owner token) renewed every
 * third of its lease while held, beside a key naming the holder (JSON: process, quotes URL) with the same lifetime, so
 * a second process is told who holds it. A holder that dies loses the lease after at most one lease.
 */
public final class RedisStreamLease implements StreamLease {

    static final String LEASE_KEY = "schwab:streamer-lease";
    static final String HOLDER_KEY = "schwab:streamer-holder";

    private static final Logger LOG = LoggerFactory.getLogger(RedisStreamLease.class);
    private static final JsonMapper JSON = JsonMapper.shared();

    private final BaseRedisClient redis;
    private final Duration lease;
    private RedisLock held;
    private ScheduledExecutorService renewer;

    /**
     * Creates it.
     *
     * @param redis the shared Redis
     * @param lease how long the lease lasts without renewal
     */
    public RedisStreamLease(BaseRedisClient redis, Duration lease) {
        this.redis = redis;
        this.lease = lease;
    }

    @Override
    public synchronized Optional<StreamHolder> claim(StreamHolder claimant) {
        if (held != null) {
            return Optional.empty();
        }
        Optional<RedisLock> taken = redis.tryLock(LEASE_KEY, lease);
        if (taken.isEmpty()) {
            return Optional.of(redis.getString(HOLDER_KEY).flatMap(RedisStreamLease::holder)
                    .orElse(new StreamHolder("another process (" + redis.key(LEASE_KEY) + ")", "")));
        }
        held = taken.get();
        String description = JSON.writeValueAsString(claimant);
        redis.setString(HOLDER_KEY, description, lease);
        renewer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("stream-lease").daemon()
                .factory());
        long every = Math.max(1, lease.toMillis() / 3);
        renewer.scheduleAtFixedRate(() -> renew(description), every, every, TimeUnit.MILLISECONDS);
        return Optional.empty();
    }

    private synchronized void renew(String description) {
        if (held == null) {
            return;
        }
        try {
            if (redis.renew(held, lease)) {
                redis.setString(HOLDER_KEY, description, lease);
            } else {
                LOG.error("lost the Schwab streamer lease ({}): another process may connect now", held.key());
                held = null;
                renewer.shutdown();
            }
        } catch (RedisAccessException unreachable) {
            LOG.warn("could not renew the Schwab streamer lease: {}", unreachable.getMessage());
        }
    }

    @Override
    public synchronized void release() {
        if (held == null) {
            return;
        }
        renewer.shutdownNow();
        try {
            if (redis.unlock(held)) {
                redis.delete(HOLDER_KEY);
            }
        } catch (RedisAccessException unreachable) {
            LOG.warn("could not release the Schwab streamer lease (it expires by itself): {}",
                    unreachable.getMessage());
        }
        held = null;
    }

    private static Optional<StreamHolder> holder(String json) {
        try {
            return Optional.of(JSON.readValue(json, StreamHolder.class));
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
    }
}
