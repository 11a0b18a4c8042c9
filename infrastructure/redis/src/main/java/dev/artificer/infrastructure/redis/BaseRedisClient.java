package dev.artificer.infrastructure.redis;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A namespaced key-value store over one Redis server: strings and JSON values with or without a TTL,
 * owner-checked locks and a health ping. Systems extend or wrap it with their own namespace
 * (e.g. {@code algo_trader:}); every key passed in is relative to that namespace.
 */
public class BaseRedisClient implements AutoCloseable {

    private static final String RELEASE_IF_OWNER =
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
    private static final String RENEW_IF_OWNER =
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

    private final RedisSettings settings;
    private final RedisClient redis;
    private final JsonMapper json;

    /**
     * Connects lazily to the server the settings name (the first command opens the connection).
     *
     * @param settings where the server is and which namespace to use
     */
    public BaseRedisClient(RedisSettings settings) {
        this(settings, JsonMapper.builder().build());
    }

    /**
     * Like {@link #BaseRedisClient(RedisSettings)}, with a caller-configured JSON mapper.
     *
     * @param settings where the server is and which namespace to use
     * @param json     the mapper for JSON values
     */
    public BaseRedisClient(RedisSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.redis = RedisClient.builder()
                .hostAndPort(new HostAndPort(settings.host(), settings.port()))
                .clientConfig(DefaultJedisClientConfig.builder()
                        .user(settings.user())
                        .password(settings.password())
                        .database(settings.database())
                        .ssl(settings.tls())
                        .connectionTimeoutMillis(Math.toIntExact(settings.connectTimeout().toMillis()))
                        .socketTimeoutMillis(Math.toIntExact(settings.socketTimeout().toMillis()))
                        .build())
                .build();
    }

    /**
     * The full key for a name in this client's namespace.
     *
     * @param name the relative key, e.g. {@code tokens:access}
     * @return e.g. {@code algo_trader:tokens:access}
     */
    public String key(String name) {
        return settings.namespace() + name;
    }

    /**
     * Whether the server answers.
     *
     * @return true when PING returns PONG
     */
    public boolean ping() {
        try {
            return "PONG".equalsIgnoreCase(redis.ping());
        } catch (JedisException unreachable) {
            return false;
        }
    }

    /**
     * Stores a string that never expires.
     *
     * @param name  relative key
     * @param value the value
     */
    public void setString(String name, String value) {
        call("SET " + name, () -> redis.set(key(name), value));
    }

    /**
     * Stores a string that expires after the given time.
     *
     * @param name  relative key
     * @param value the value
     * @param ttl   time to live, at least one millisecond
     */
    public void setString(String name, String value, Duration ttl) {
        call("SET " + name, () -> redis.set(key(name), value, SetParams.setParams().px(requireTtl(ttl))));
    }

    /**
     * Reads a string.
     *
     * @param name relative key
     * @return the value, or empty when the key is absent or expired
     */
    public Optional<String> getString(String name) {
        return Optional.ofNullable(call("GET " + name, () -> redis.get(key(name))));
    }

    /**
     * Stores a value as JSON that never expires.
     *
     * @param name  relative key
     * @param value the value (a record or any Jackson-serialisable object)
     */
    public void setJson(String name, Object value) {
        setString(name, toJson(name, value));
    }

    /**
     * Stores a value as JSON that expires after the given time.
     *
     * @param name  relative key
     * @param value the value
     * @param ttl   time to live
     */
    public void setJson(String name, Object value, Duration ttl) {
        setString(name, toJson(name, value), ttl);
    }

    /**
     * Reads a JSON value.
     *
     * @param name relative key
     * @param type the value's type
     * @param <T>  the value's type
     * @return the value, or empty when absent
     * @throws RedisAccessException when the stored text is not valid JSON for the type
     */
    public <T> Optional<T> getJson(String name, Class<T> type) {
        return getString(name).map(text -> fromJson(name, text, type));
    }

    /**
     * The remaining time to live of a key.
     *
     * @param name relative key
     * @return the remaining time, or empty when the key is absent or never expires
     */
    public Optional<Duration> ttl(String name) {
        long millis = call("PTTL " + name, () -> redis.pttl(key(name)));
        return millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }

    /**
     * Whether a key exists.
     *
     * @param name relative key
     * @return true when present
     */
    public boolean exists(String name) {
        return call("EXISTS " + name, () -> redis.exists(key(name)));
    }

    /**
     * Deletes a key.
     *
     * @param name relative key
     * @return true when a key was deleted
     */
    public boolean delete(String name) {
        return call("DEL " + name, () -> redis.del(key(name))) > 0;
    }

    /**
     * Tries once to take a lock that expires by itself after the lease, so a crashed holder cannot block
     * others for ever.
     *
     * @param name  relative key of the lock
     * @param lease how long the lock lasts unless released
     * @return the held lock, or empty when someone else holds it
     */
    public Optional<RedisLock> tryLock(String name, Duration lease) {
        String owner = UUID.randomUUID().toString();
        String reply = call("lock " + name,
                () -> redis.set(key(name), owner, SetParams.setParams().nx().px(requireTtl(lease))));
        return "OK".equals(reply) ? Optional.of(new RedisLock(key(name), owner)) : Optional.empty();
    }

    /**
     * Releases a lock if, and only if, the caller still owns it.
     *
     * @param lock the lock returned by {@link #tryLock}
     * @return true when released; false when it had expired or another owner holds it now
     */
    public boolean unlock(RedisLock lock) {
        Object deleted = call("unlock " + lock.key(),
                () -> redis.eval(RELEASE_IF_OWNER, List.of(lock.key()), List.of(lock.owner())));
        return Long.valueOf(1).equals(deleted);
    }

    /**
     * Extends a lock's lease from now if, and only if, the caller still owns it, so a long holder keeps it.
     *
     * @param lock  the lock returned by {@link #tryLock}
     * @param lease how long the lock lasts from now unless renewed or released
     * @return true when renewed; false when it had expired or another owner holds it now
     */
    public boolean renew(RedisLock lock, Duration lease) {
        Object renewed = call("renew " + lock.key(), () -> redis.eval(RENEW_IF_OWNER, List.of(lock.key()),
                List.of(lock.owner(), String.valueOf(requireTtl(lease)))));
        return Long.valueOf(1).equals(renewed);
    }

    /**
     * Runs a Lua script atomically, for the building blocks of this package such as {@link RedisRateWindow}.
     *
     * @param what      the operation, for messages
     * @param script    the script
     * @param keys      full keys
     * @param arguments the arguments
     * @return the script's reply
     */
    Object eval(String what, String script, List<String> keys, List<String> arguments) {
        return call(what, () -> redis.eval(script, keys, arguments));
    }

    /**
     * The settings this client was built with (password masked in their string form).
     *
     * @return the settings
     */
    public RedisSettings settings() {
        return settings;
    }

    /** Closes the connection pool. */
    @Override
    public void close() {
        redis.close();
    }

    private <T> T call(String what, Supplier<T> command) {
        try {
            return command.get();
        } catch (JedisException failure) {
            throw new RedisAccessException("redis " + settings.describeServer() + ": " + what + " failed: "
                    + failure.getMessage(), failure);
        }
    }

    private String toJson(String name, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JacksonException failure) {
            throw new RedisAccessException("cannot write " + name + " as JSON: " + failure.getOriginalMessage(), failure);
        }
    }

    private <T> T fromJson(String name, String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JacksonException failure) {
            throw new RedisAccessException("stored value of " + key(name) + " is not a valid "
                    + type.getSimpleName() + ": " + failure.getOriginalMessage(), failure);
        }
    }

    private static long requireTtl(Duration ttl) {
        if (ttl == null || ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl must be at least 1 ms (got " + ttl + ")");
        }
        return ttl.toMillis();
    }
}
