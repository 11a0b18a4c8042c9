package dev.artificer.system.algotrader.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.testsupport.services.RedisEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import dev.artificer.infrastructure.redis.RedisSettings;
import dev.artificer.system.algotrader.stream.StreamHolder;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The streamer connection's lease in a real Redis, claimed by two "processes" (two clients, two leases). */
class RedisStreamLeaseIT {

    private static final StreamHolder SERVICE = new StreamHolder("the algo-trader service (pid 1 on a)",
            "http://127.0.0.1:8090/stream/quotes");
    private static final StreamHolder COMMAND = new StreamHolder("an algo-trader command (pid 2 on a)", "");

    private AlgoTraderRedisClient first;
    private AlgoTraderRedisClient second;

    @BeforeEach
    void connect() {
        RedisEndpoint endpoint = TestServices.from(System.getenv()).redis();
        String namespace = "it-" + UUID.randomUUID().toString().substring(0, 8) + ":";
        first = client(endpoint, namespace);
        second = client(endpoint, namespace);
    }

    private static AlgoTraderRedisClient client(RedisEndpoint endpoint, String namespace) {
        return new AlgoTraderRedisClient(RedisSettings.builder().host(endpoint.host()).port(endpoint.port())
                .database(endpoint.database()).namespace(namespace).build());
    }

    @AfterEach
    void disconnect() {
        if (first != null) {
            first.delete(RedisStreamLease.LEASE_KEY);
            first.delete(RedisStreamLease.HOLDER_KEY);
            first.close();
            second.close();
        }
    }

    @Test
    void aSecondProcessIsRefusedAndToldWhoHoldsTheConnection() {
        RedisStreamLease service = new RedisStreamLease(first, Duration.ofSeconds(10));
        RedisStreamLease command = new RedisStreamLease(second, Duration.ofSeconds(10));

        assertThat(service.claim(SERVICE)).isEmpty();

        assertThat(command.claim(COMMAND)).contains(SERVICE);
        service.release();
    }

    @Test
    void theHolderRenewsTheLeaseSoItOutlivesItsFirstTerm() throws InterruptedException {
        RedisStreamLease service = new RedisStreamLease(first, Duration.ofMillis(300));
        service.claim(SERVICE);

        Thread.sleep(1_000);

        assertThat(new RedisStreamLease(second, Duration.ofMillis(300)).claim(COMMAND)).contains(SERVICE);
        service.release();
    }

    @Test
    void onceReleasedTheConnectionIsFreeForTheNextProcess() {
        RedisStreamLease service = new RedisStreamLease(first, Duration.ofSeconds(10));
        service.claim(SERVICE);

        service.release();

        RedisStreamLease command = new RedisStreamLease(second, Duration.ofSeconds(10));
        assertThat(command.claim(COMMAND)).isEmpty();
        command.release();
    }

    @Test
    void aHolderThatDiedWithoutReleasingFreesItAfterOneLease() throws InterruptedException {
        assertThat(first.tryLock(RedisStreamLease.LEASE_KEY, Duration.ofMillis(200))).isPresent();

        Thread.sleep(300);

        assertThat(new RedisStreamLease(second, Duration.ofSeconds(10)).claim(COMMAND)).isEmpty();
    }

    @Test
    void aHolderWhoseLeaseWasTakenNoLongerCountsItselfTheHolder() throws InterruptedException {
        RedisStreamLease service = new RedisStreamLease(first, Duration.ofMillis(300));
        service.claim(SERVICE);
        first.delete(RedisStreamLease.LEASE_KEY);
        RedisStreamLease command = new RedisStreamLease(second, Duration.ofSeconds(10));
        assertThat(command.claim(COMMAND)).isEmpty();

        Thread.sleep(500);

        assertThat(service.claim(SERVICE)).contains(COMMAND);
        command.release();
    }
}
