package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Live trading through the built jar against the stand-in Schwab: with {@code ALGO_TRADER_MODE=live}, the
 * confirmation phrase and Schwab configured, the decision loop's order reaches Schwab's trader API and the journal
 * shows it at the Schwab broker; an account that cannot be chosen stops live trading with one line. (Live mode
 * without the phrase is refused in {@code TradingE2E}.)
 */
class LiveTradingE2E {

    private static final Map<String, String> LIVE = Map.of("ALGO_TRADER_MODE", "live",
            "ALGO_TRADER_LIVE_CONFIRMATION", "I-ACCEPT-REAL-MONEY-RISK");

    @TempDir
    Path home;

    private StandInSchwab schwab;
    private Map<String, String> environment;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    @BeforeEach
    void start() throws Exception {
        schwab = StandInSchwab.start();
        environment = StandInLogin.environment(schwab);
        environment.put("ALGO_TRADER_RISK_MARKET_HOURS_ONLY", "false");
        JarRun.Result login = StandInLogin.login(home, environment);
        assertThat(login.exitCode()).as(login.all()).isZero();
    }

    @AfterEach
    void stop() {
        if (schwab != null) {
            schwab.close();
        }
    }

    private JarRun.Result run(Map<String, String> extra, String... args) throws Exception {
        Map<String, String> all = new HashMap<>(environment);
        all.putAll(extra);
        return JarRun.run(home, all, args);
    }

    private JarRun.Result live(String... args) throws Exception {
        Map<String, String> extra = new HashMap<>(LIVE);
        extra.put("ALGO_TRADER_SCHWAB_ACCOUNT", StandInSchwab.ACCOUNT_NUMBER);
        return run(extra, args);
    }

    @Test
    void confirmedLiveModeSendsTheDecisionLoopsOrderToSchwab() throws Exception {
        schwab.holdPosition("AAPL", 0, 0, 0, 0);
        assertThat(run(Map.of(), "watchlist", "add", "AAPL").exitCode()).isZero();
        JarRun.Result assigned = run(Map.of(), "strategy", "assign", "AAPL", "--timeframe", "1m", "--strategy",
                "sma-cross", "fast=2", "slow=3", "quantity=5");
        assertThat(assigned.exitCode()).as(assigned.all()).isZero();
        Instant base = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(60));
        EmbeddedBars.store(home, base, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
        JarRun.Result warmUp = live("jobs", "run", "trade");
        assertThat(warmUp.exitCode()).as(warmUp.all()).isZero();
        assertThat(schwab.receivedOrders()).isEmpty();

        EmbeddedBars.store(home, base.plus(Duration.ofMinutes(10)), 12);
        JarRun.Result buy = live("jobs", "run", "trade");

        assertThat(buy.exitCode()).as(buy.all()).isZero();
        assertThat(buy.err()).as("logged on stderr").contains("1 decision (1 sent, 0 rejected, 0 failed)")
                .contains("schwab equity 12,500.00");
        assertThat(schwab.receivedOrders()).singleElement().satisfies(order -> {
            JsonNode leg = order.path("orderLegCollection").path(0);
            assertThat(order.path("orderType").stringValue()).isEqualTo("MARKET");
            assertThat(leg.path("instruction").stringValue()).isEqualTo("BUY");
            assertThat(leg.path("quantity").asInt()).isEqualTo(5);
            assertThat(leg.path("instrument").path("symbol").stringValue()).isEqualTo("AAPL");
        });
        assertThat(live("decisions", "list").out()).containsPattern("AAPL\\s+1m\\s+buy 5\\s+12\\.00\\s+schwab working");
        JarRun.Result positions = live("positions");
        assertThat(positions.exitCode()).as(positions.all()).isZero();
        assertThat(positions.out()).contains("Broker schwab: cash 5,000.00, equity 12,500.00")
                .containsPattern("MSFT\\s+-5\\s+410\\.00").contains("Working orders:")
                .containsPattern("1004000001\\s+AAPL\\s+buy\\s+5\\s+market");
        assertThat(buy.all() + positions.all()).doesNotContain(StandInSchwab.ACCOUNT_NUMBER)
                .doesNotContain(schwab.secrets());
    }

    @Test
    void confirmedLiveModeWithSeveralAccountsAndNoneChosenStopsWithOneLine() throws Exception {
        JarRun.Result positions = run(LIVE, "positions");

        assertThat(positions.exitCode()).isEqualTo(1);
        assertThat(positions.err().strip()).isEqualTo("positions: ALGO_TRADER_SCHWAB_ACCOUNT is empty and 2 accounts "
                + "are linked to this Schwab login (****678, ****321); set it to the one live orders go to");
        assertThat(schwab.receivedOrders()).isEmpty();
    }
}
