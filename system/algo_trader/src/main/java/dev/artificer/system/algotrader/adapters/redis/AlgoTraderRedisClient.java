package dev.artificer.system.algotrader.adapters.redis;

import dev.artificer.infrastructure.redis.BaseRedisClient;
import dev.artificer.infrastructure.redis.RedisSettings;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;

/** The Redis store of algo_trader: every key lives under {@code algo_trader:}. */
public class AlgoTraderRedisClient extends BaseRedisClient {

    /** The key namespace of this system. */
    public static final String NAMESPACE = "algo_trader:";

    /**
     * Connects (lazily) to the configured server.
     *
     * @param redis the configured connection
     */
    public AlgoTraderRedisClient(AlgoTraderProperties.Redis redis) {
        this(RedisSettings.builder().host(redis.host()).port(redis.port()).credentials(redis.user(), redis.password())
                .database(redis.database()).namespace(NAMESPACE).build());
    }

    /**
     * Connects (lazily) with explicit settings; the namespace must be {@link #NAMESPACE} or a test's own.
     *
     * @param settings the connection settings
     */
    public AlgoTraderRedisClient(RedisSettings settings) {
        super(settings);
    }
}
