package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paper trading through the built jar on a fresh home (embedded H2, simulated market): assign a strategy, let the
 * decision loop run over new bars, read the decisions and positions, and halt trading from the command line. The
 * bars are written by the test so that the strategy's signals do not depend on the time of day the test runs at.
 */
class TradingE2E {

    private static final Map<String, String> ANY_HOUR = Map.of("ALGO_TRADER_RISK_MARKET_HOURS_ONLY", "false");

    @TempDir
    Path home;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    private JarRun.Result run(String... args) throws Exception {
        return JarRun.run(home, ANY_HOUR, args);
    }

    @Test
    void anAssignedStrategyPaperTradesNewBarsTheCommandLineShowsItAndHaltStopsTheNextOrder() throws Exception {
        assertThat(run("watchlist", "add", "AAPL").exitCode()).isZero();
        JarRun.Result assigned = run("strategy", "assign", "AAPL", "--timeframe", "1m", "--strategy", "sma-cross",
                "fast=2", "slow=3", "quantity=5");
        assertThat(assigned.exitCode()).as(assigned.all()).isZero();
        assertThat(assigned.out()).contains("assigned sma-cross fast=2 slow=3 sizing=fixed quantity=5");
        Instant base = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(60));
        EmbeddedBars.store(home, base, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10);

        JarRun.Result warmUp = run("jobs", "run", "trade");
        assertThat(warmUp.exitCode()).as(warmUp.all()).isZero();
        assertThat(warmUp.err()).as("logged on stderr").contains("1 assignment, 0 new bars, 0 decisions");
        assertThat(run("decisions", "list").out()).startsWith("No decisions yet");

        EmbeddedBars.store(home, base.plus(Duration.ofMinutes(10)), 12);
        JarRun.Result buy = run("jobs", "run", "trade");
        assertThat(buy.err()).contains("1 new bar, 1 decision (1 sent, 0 rejected, 0 failed)");
        assertThat(run("decisions", "list").out()).containsPattern("AAPL\\s+1m\\s+buy 5\\s+12\\.00\\s+paper working");

        JarRun.Result halt = run("trading", "halt", "--reason", "e2e stop");
        assertThat(halt.exitCode()).as(halt.all()).isZero();
        assertThat(halt.out()).contains("trading HALTED: e2e stop");
        EmbeddedBars.store(home, base.plus(Duration.ofMinutes(11)), 8);
        JarRun.Result halted = run("jobs", "run", "trade");
        assertThat(halted.err()).contains("1 decision (0 sent, 1 rejected, 0 failed), 1 fill").contains("HALTED: e2e stop");

        JarRun.Result decisions = run("decisions", "list", "--symbol", "AAPL", "--limit", "1");
        assertThat(decisions.out()).containsPattern("sell 5\\s+8\\.00\\s+rejected by kill-switch: trading is halted: e2e stop")
                .doesNotContain("buy 5");
        JarRun.Result positions = run("positions");
        assertThat(positions.exitCode()).as(positions.all()).isZero();
        assertThat(positions.out()).contains("Broker paper: cash 99,958.98").containsPattern("AAPL\\s+5\\s+8\\.00")
                .doesNotContain("Working orders");
        assertThat(run("trading", "status").out()).contains("Trading: HALTED since").contains(": e2e stop")
                .contains("Broker: paper, 1 order(s) sent today");
    }

    @Test
    void haltFromTheCommandLineWorksWhileTheServiceHoldsTheDatabase() throws Exception {
        int port = JarRun.freePort();
        AtomicReference<JarRun.Result> halt = new AtomicReference<>();
        JarRun.Result service = JarRun.runUntil(home, Map.of("ALGO_TRADER_HTTP_PORT", String.valueOf(port)), line -> {
            if (!line.startsWith("Running until stopped")) {
                return false;
            }
            try {
                halt.set(run("trading", "halt"));
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
            return true;
        });

        assertThat(service.out()).contains("No strategy is assigned, so nothing is traded");
        assertThat(halt.get().exitCode()).as(halt.get().all()).isZero();
        assertThat(halt.get().out()).contains("trading HALTED: halted from the command line");
        assertThat(run("trading", "status").out()).contains("Trading: HALTED since");
    }

    @Test
    void liveModeWithoutTheConfirmationRefusesToTradeWithOneLine() throws Exception {
        JarRun.Result positions = JarRun.run(home, Map.of("ALGO_TRADER_MODE", "live"), "positions");
        JarRun.Result service = JarRun.run(home, Map.of("ALGO_TRADER_MODE", "live",
                "ALGO_TRADER_HTTP_PORT", String.valueOf(JarRun.freePort())));

        assertThat(positions.exitCode()).isEqualTo(2);
        assertThat(positions.err().strip()).isEqualTo("positions: live trading refused: ALGO_TRADER_MODE=live also needs "
                + "ALGO_TRADER_LIVE_CONFIRMATION=I-ACCEPT-REAL-MONEY-RISK; nothing was traded (ALGO_TRADER_MODE=paper "
                + "paper-trades)");
        assertThat(service.exitCode()).isEqualTo(2);
        assertThat(service.err()).contains("run: live trading refused").doesNotContain("\tat ");
        assertThat(service.out()).doesNotContain("Running until stopped");
        JarRun.Result status = JarRun.run(home, Map.of("ALGO_TRADER_MODE", "live"), "trading", "status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).contains("Trading: running (not halted)").contains("Broker: none, live trading refused");
    }
}
