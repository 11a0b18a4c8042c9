package dev.artificer.infrastructure.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.testsupport.services.RedisEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BaseRedisClientIT {

    record Token(String value, Instant issuedAt) {
    }

    private BaseRedisClient client;
    private BaseRedisClient otherNamespace;

    @BeforeEach
    void connect() {
        RedisEndpoint endpoint = TestServices.from(System.getenv()).redis();
        String run = "it-" + UUID.randomUUID().toString().substring(0, 8);
        client = new BaseRedisClient(settings(endpoint, run + ":"));
        otherNamespace = new BaseRedisClient(settings(endpoint, run + "-other:"));
    }

    @AfterEach
    void disconnect() {
        if (client == null) {
            return;
        }
        List.of("refresh", "broken", "shared-name", "owned", "refresh-lock").forEach(client::delete);
        client.close();
        otherNamespace.close();
    }

    private static RedisSettings settings(RedisEndpoint endpoint, String namespace) {
        return RedisSettings.builder().host(endpoint.host()).port(endpoint.port()).database(endpoint.database())
                .namespace(namespace).build();
    }

    @Test
    void serverAnswersPing() {
        assertThat(client.ping()).isTrue();
    }

    @Test
    void unreachableServerFailsPingInsteadOfThrowing() {
        try (BaseRedisClient nowhere = new BaseRedisClient(RedisSettings.builder().port(1)
                .timeouts(Duration.ofMillis(200), Duration.ofMillis(200)).build())) {
            assertThat(nowhere.ping()).isFalse();
        }
    }

    @Test
    void unreachableServerCommandFailsWithTheServerNamed() {
        try (BaseRedisClient nowhere = new BaseRedisClient(RedisSettings.builder().port(1)
                .timeouts(Duration.ofMillis(200), Duration.ofMillis(200)).build())) {
            assertThatThrownBy(() -> nowhere.getString("x"))
                    .isInstanceOf(RedisAccessException.class)
                    .hasMessageContaining("localhost:1/0");
        }
    }

    @Test
    void stringWithTtlExpiresWithinItsTtl() {
        client.setString("access", "abc", Duration.ofSeconds(30));

        assertThat(client.getString("access")).contains("abc");
        assertThat(client.ttl("access")).hasValueSatisfying(ttl ->
                assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void stringWithShortTtlIsGoneAfterIt() throws InterruptedException {
        client.setString("blink", "x", Duration.ofMillis(50));
        Thread.sleep(150);

        assertThat(client.getString("blink")).isEmpty();
    }

    @Test
    void stringWithoutTtlPersists() {
        client.setString("refresh", "r");

        assertThat(client.ttl("refresh")).isEmpty();
        assertThat(client.exists("refresh")).isTrue();
    }

    @Test
    void jsonValuesRoundTripAsRecords() {
        Token token = new Token("t-1", Instant.parse("2026-11-22T10:15:30Z"));
        client.setJson("token", token, Duration.ofMinutes(1));

        assertThat(client.getJson("token", Token.class)).contains(token);
    }

    @Test
    void invalidStoredJsonIsReportedWithTheKey() {
        client.setString("broken", "{not json");

        assertThatThrownBy(() -> client.getJson("broken", Token.class))
                .isInstanceOf(RedisAccessException.class)
                .hasMessageContaining(client.key("broken"));
    }

    @Test
    void namespacesKeepKeysApart() {
        client.setString("shared-name", "mine");

        assertThat(otherNamespace.getString("shared-name")).isEmpty();
        assertThat(client.key("shared-name")).endsWith(":shared-name").startsWith("it-");
    }

    @Test
    void deleteRemovesTheKey() {
        client.setString("gone", "x");

        assertThat(client.delete("gone")).isTrue();
        assertThat(client.getString("gone")).isEmpty();
    }

    @Test
    void heldLockCannotBeTakenAgain() {
        Optional<RedisLock> first = client.tryLock("refresh-lock", Duration.ofSeconds(10));

        assertThat(first).isPresent();
        assertThat(client.tryLock("refresh-lock", Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    void onlyTheOwnerCanReleaseALock() {
        RedisLock held = client.tryLock("owned", Duration.ofSeconds(10)).orElseThrow();

        assertThat(client.unlock(new RedisLock(held.key(), "someone-else"))).isFalse();
        assertThat(client.tryLock("owned", Duration.ofSeconds(10))).isEmpty();
        assertThat(client.unlock(held)).isTrue();
        assertThat(client.tryLock("owned", Duration.ofSeconds(10))).isPresent();
    }

    @Test
    void expiredLockCanBeTakenByTheNextCaller() throws InterruptedException {
        client.tryLock("lease", Duration.ofMillis(50)).orElseThrow();
        Thread.sleep(150);

        assertThat(client.tryLock("lease", Duration.ofSeconds(1))).isPresent();
    }

    @Test
    void aRenewedLockOutlivesItsFirstLease() throws InterruptedException {
        RedisLock held = client.tryLock("renewed", Duration.ofMillis(300)).orElseThrow();
        for (int i = 0; i < 4; i++) {
            Thread.sleep(150);
            assertThat(client.renew(held, Duration.ofMillis(300))).isTrue();
        }

        assertThat(client.tryLock("renewed", Duration.ofSeconds(1))).as("600 ms past the first lease").isEmpty();
    }

    @Test
    void onlyTheOwnerCanRenewALock() throws InterruptedException {
        RedisLock held = client.tryLock("renew-owned", Duration.ofMillis(100)).orElseThrow();

        assertThat(client.renew(new RedisLock(held.key(), "someone-else"), Duration.ofSeconds(10))).isFalse();
        Thread.sleep(200);
        assertThat(client.renew(held, Duration.ofSeconds(10))).as("expired meanwhile").isFalse();
    }
}
