package dev.artificer.system.algotrader.health;

import dev.artificer.system.algotrader.adapters.redis.AlgoTraderRedisClient;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Health of Redis when something uses it: a PING. Redis holds the Schwab tokens (and shares the Schwab rate limit), so
 * without Schwab credentials nothing uses it and an unreachable Redis is reported in the details without making the
 * service DOWN; "not used" when no Redis is configured.
 */
@Component("redis")
@Lazy
public class RedisHealth implements HealthIndicator {

    private final ObjectProvider<AlgoTraderRedisClient> redis;
    private final AlgoTraderProperties properties;

    /**
     * Creates the indicator.
     *
     * @param redis      the Redis client, created only when Redis is configured
     * @param properties the configuration
     */
    public RedisHealth(ObjectProvider<AlgoTraderRedisClient> redis, AlgoTraderProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    @Override
    public Health health() {
        if (!properties.redis().configured()) {
            return Health.up().withDetail("used", false).build();
        }
        String server = properties.redis().host() + ":" + properties.redis().port();
        boolean reachable = redis.getObject().ping();
        if (!properties.schwab().configured()) {
            return Health.up().withDetail("used", false).withDetail("why", "no Schwab credentials, so no tokens")
                    .withDetail("server", server).withDetail("reachable", reachable).build();
        }
        return (reachable ? Health.up() : Health.down()).withDetail("server", server).build();
    }
}
