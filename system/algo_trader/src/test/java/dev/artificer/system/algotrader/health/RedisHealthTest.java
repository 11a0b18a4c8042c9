package dev.artificer.system.algotrader.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.infrastructure.redis.RedisSettings;
import dev.artificer.system.algotrader.adapters.redis.AlgoTraderRedisClient;
import dev.artificer.system.algotrader.config.AlgoTraderProperties;
import dev.artificer.system.algotrader.config.HardwareMode;
import dev.artificer.system.algotrader.config.TradingMode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Against a real connection attempt to a port where no Redis listens. */
class RedisHealthTest {

    private final int closedPort = freePort();
    private final AlgoTraderRedisClient unreachable = new AlgoTraderRedisClient(RedisSettings.builder()
            .host("127.0.0.1").port(closedPort).timeouts(Duration.ofMillis(500), Duration.ofMillis(500))
            .namespace(AlgoTraderRedisClient.NAMESPACE).build());

    @AfterEach
    void close() {
        unreachable.close();
    }

    @Test
    void anUnreachableRedisThatNothingUsesLeavesTheServiceUpAndSaysSo() {
        Health health = health(new AlgoTraderProperties.Schwab("", "", "https://127.0.0.1:8182",
                "https://api.schwabapi.com", 120, "", 120));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("used", false).containsEntry("reachable", false);
    }

    @Test
    void anUnreachableRedisHoldingTheSchwabTokensIsDown() {
        Health health = health(new AlgoTraderProperties.Schwab("key", "secret", "https://127.0.0.1:8182",
                "https://api.schwabapi.com", 120, "", 120));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("server", "127.0.0.1:" + closedPort);
    }

    private Health health(AlgoTraderProperties.Schwab schwab) {
        AlgoTraderProperties properties = new AlgoTraderProperties(Path.of("/data"), TradingMode.PAPER, "", "",
                Duration.ofHours(156), new AlgoTraderProperties.Redis("127.0.0.1", closedPort, "", "", 0),
                new AlgoTraderProperties.Mysql("", 3306, "artificer", "artificer", ""),
                new AlgoTraderProperties.Influxdb("", "", "artificer", "market"), schwab,
                HardwareMode.OFF, new AlgoTraderProperties.Grafana("localhost", 3000, "admin", "", "docker"));
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("redis", unreachable);
        return new RedisHealth(beans.getBeanProvider(AlgoTraderRedisClient.class), properties).health();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
