package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code stream} through the jar on a fresh machine: the simulated market's live quotes. */
class StreamE2E {

    @TempDir
    Path home;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    @Test
    void jsonLinesAreOneQuoteEventPerLineWithTheBidBelowTheAsk() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "stream", "AAPL", "MSFT", "--json", "--for", "PT3S");

        assertThat(result.exitCode()).as(result.all()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> events = result.out().lines().map(json::readTree).toList();
        assertThat(events).as(result.out()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.get("type").asString()).isEqualTo("quote");
            assertThat(event.get("bid").asDouble()).isLessThan(event.get("ask").asDouble());
            assertThat(event.get("time").asString()).endsWith("Z");
        });
        assertThat(events).extracting(event -> event.get("symbol").asString()).contains("AAPL", "MSFT");
    }

    @Test
    void theTableShowsEverySymbolWithItsQuoteAndSaysTheMarketIsSimulated() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "stream", "AAPL", "--for", "PT2S");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("SIMULATED market").contains("SYMBOL", "LAST", "BID", "ASK", "CHANGE",
                "VOLUME", "AGE");
        assertThat(result.out().lines().filter(line -> line.startsWith("AAPL "))).isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotContain("no quote yet"));
    }

    @Test
    void switchedOffTheStreamRefusesWithOneLineNamingTheVariable() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of("ALGO_TRADER_STREAM_ENABLED", "false"), "stream", "AAPL",
                "--for", "PT2S");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err().lines().filter(line -> line.startsWith("stream:")))
                .containsExactly("stream: the live market is switched off (ALGO_TRADER_STREAM_ENABLED=false)");
    }
}
