package dev.artificer.system.algotrader.e2e;

import static dev.artificer.system.algotrader.stream.Eventually.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.testsupport.services.RedisEndpoint;
import dev.artificer.component.testsupport.services.TestServices;
import dev.artificer.infrastructure.redis.RedisSettings;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.infrastructure.schwab.standin.StandInStreamer;
import dev.artificer.system.algotrader.adapters.redis.AlgoTraderRedisClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One streamer connection across processes, through the jar, the real Redis and the stand-in Schwab API and streamer:
 * while the service holds the connection, {@code stream} shows the service's quotes without connecting; while a
 * command holds it, {@code stream} refuses with one line naming the holder.
 */
class StreamLeaseE2E {

    private static final String LEASE_KEY = "schwab:streamer-lease";
    private static final String HOLDER_KEY = "schwab:streamer-holder";
    private static final List<String> KEYS = List.of(LEASE_KEY, HOLDER_KEY, "schwab:access-token",
            "schwab:refresh-token");

    @TempDir
    Path home;

    private StandInSchwab schwab;
    private StandInStreamer streamer;
    private AlgoTraderRedisClient redis;
    private Map<String, String> environment;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    @BeforeEach
    void start() throws Exception {
        RedisEndpoint endpoint = TestServices.from(System.getenv()).redis();
        redis = new AlgoTraderRedisClient(RedisSettings.builder().host(endpoint.host()).port(endpoint.port())
                .database(endpoint.database()).namespace(AlgoTraderRedisClient.NAMESPACE).build());
        KEYS.forEach(redis::delete);
        schwab = StandInSchwab.start();
        streamer = StandInStreamer.start(Duration.ofMillis(200));
        streamer.acceptTokens(schwab::acceptsAccessToken);
        schwab.streamerSocketUrl(streamer.url());
        environment = StandInLogin.environment(schwab);
        environment.putAll(Map.of(
                "REDIS_HOST", endpoint.host(),
                "REDIS_PORT", String.valueOf(endpoint.port()),
                "REDIS_DATABASE", String.valueOf(endpoint.database()),
                "ALGO_TRADER_HTTP_PORT", String.valueOf(JarRun.freePort())));
        JarRun.Result login = StandInLogin.login(home, environment);
        assertThat(login.exitCode()).as(login.all()).isZero();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (redis != null) {
            KEYS.forEach(redis::delete);
            redis.close();
        }
        if (streamer != null) {
            streamer.shutdown();
        }
        if (schwab != null) {
            schwab.close();
        }
    }

    @Test
    void whileTheServiceHoldsTheConnectionStreamShowsTheServicesQuotesWithoutConnecting() throws Exception {
        assertThat(JarRun.run(home, environment, "watchlist", "add", "AAPL").exitCode()).isZero();
        JarRun.Background service = JarRun.start(home, environment);
        ScheduledExecutorService quotes = Executors.newSingleThreadScheduledExecutor();
        try {
            service.awaitLine("Live market: schwab streams");
            awaitUntil(() -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));
            quotes.scheduleAtFixedRate(() -> streamer.sendQuote("AAPL", Map.of(1, 189.82, 2, 189.86, 3, 189.84,
                    8, 35_062_311L, 34, System.currentTimeMillis())), 0, 200, TimeUnit.MILLISECONDS);

            JarRun.Result streamed = JarRun.run(home, environment, "stream", "AAPL", "--json", "--for", "PT4S");

            assertThat(streamed.exitCode()).as(streamed.all()).isZero();
            JsonMapper json = JsonMapper.builder().build();
            List<JsonNode> events = streamed.out().lines().map(json::readTree).toList();
            assertThat(events).as(streamed.all()).isNotEmpty().allSatisfy(event -> {
                assertThat(event.get("symbol").asString()).isEqualTo("AAPL");
                assertThat(event.get("bid").asDouble()).isEqualTo(189.82);
                assertThat(event.get("ask").asDouble()).isEqualTo(189.86);
            });
            assertThat(streamer.connectionsOpened()).as("the command did not connect").isEqualTo(1);
        } finally {
            quotes.shutdownNow();
            service.stop();
            service.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void whileACommandHoldsTheConnectionStreamRefusesWithOneLineNamingIt() throws Exception {
        assertThat(redis.tryLock(LEASE_KEY, Duration.ofSeconds(60))).isPresent();
        redis.setString(HOLDER_KEY, "{\"process\":\"an algo-trader command (pid 99 on elsewhere)\",\"quotesUrl\":\"\"}",
                Duration.ofSeconds(60));

        JarRun.Result refused = JarRun.run(home, environment, "stream", "AAPL", "--for", "PT2S");

        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(1);
        assertThat(refused.err().lines().filter(line -> line.startsWith("stream:"))).containsExactly(
                "stream: the Schwab streamer connection (one per user) is held by an algo-trader command (pid 99 on "
                        + "elsewhere); stop it, or stream from the service");
        assertThat(streamer.connectionsOpened()).isZero();
    }
}
