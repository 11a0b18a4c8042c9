package dev.artificer.infrastructure.redis;

/**
 * A held lock: the key and the random owner token that proves who holds it. Only the owner can release it;
 * it expires by itself after its lease.
 *
 * @param key   the full (namespaced) key
 * @param owner the owner token
 */
public record RedisLock(String key, String owner) {
}
