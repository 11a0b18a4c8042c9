package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineE2E {

    @TempDir
    Path home;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    @Test
    void statusWithNothingConfiguredUsesEveryEmbeddedDefault() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "status");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out())
                .contains("Trading mode: paper")
                .containsPattern("TokenStore\\s+file " + Pattern.quote(home.toString()))
                .containsPattern("RelationalData\\s+h2 ")
                .containsPattern("MarketDataSource\\s+simulated market")
                .containsPattern("Broker\\s+paper");
    }

    @Test
    void noArgumentsRunsTheServiceWhichSaysItsAdaptersRunsJobsAndStopsGracefully() throws Exception {
        JarRun.run(home, Map.of(), "watchlist", "add", "AAPL");

        int port = JarRun.freePort();
        AtomicReference<String> health = new AtomicReference<>("");
        JarRun.Result service = JarRun.runUntil(home, Map.of("ALGO_TRADER_HTTP_PORT", String.valueOf(port)), line -> {
            if (line.contains("job ingest-companies finished")) {
                health.set(get("http://127.0.0.1:" + port + "/actuator/health"));
                return true;
            }
            return false;
        });

        assertThat(service.out()).contains("algo-trader service starting (paper mode)")
                .contains("MarketDataSource: simulated market (not real prices)")
                .contains("Hardware: no-op (logs only): not a Raspberry Pi (ALGO_TRADER_HARDWARE=auto)")
                .containsPattern("job ingest-companies finished in \\d+ ms: 1 profiles")
                .contains("job scheduler stopped; no job is running");
        assertThat(health.get()).startsWith("{").contains("\"status\":\"UP\"}")
                .contains("\"database\":{\"details\":{\"url\":\"jdbc:h2:file:")
                .contains("\"schwab\":{\"details\":{\"marketData\":\"simulated (Schwab not configured)\"}")
                .doesNotContain("\"status\":\"DOWN\"", "OUT_OF_SERVICE");
    }

    @Test
    void hardwareForcedOnAMachineWithoutAGpioProviderStopsTheServiceWithOneLine() throws Exception {
        JarRun.Result service = JarRun.run(home, Map.of("ALGO_TRADER_HARDWARE", "pi4j",
                "ALGO_TRADER_HTTP_PORT", String.valueOf(JarRun.freePort())));

        assertThat(service.exitCode()).as(service.all()).isEqualTo(1);
        assertThat(service.err().strip()).isEqualTo("run: ALGO_TRADER_HARDWARE=pi4j, but Pi4J found no GPIO provider "
                + "(digital input and output): put a Pi4J plugin jar on the class path; see 'Hardware panel' in "
                + "system/algo_trader/README.md");
        assertThat(service.out()).doesNotContain("Running until stopped");
    }

    private static String get(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException | InterruptedException failure) {
            return "unreachable: " + failure;
        }
    }

    @Test
    void malformedJobFrequencyIsRejectedAtStartWithTheVariable() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of("ALGO_TRADER_JOB_INGEST_BARS_EVERY", "soon"), "jobs", "list");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("ALGO_TRADER_JOB_INGEST_BARS_EVERY = 'soon' is not allowed; use an ISO-8601 duration");
    }

    @Test
    void jobRunByHandReportsItsOutcome() throws Exception {
        JarRun.run(home, Map.of(), "watchlist", "add", "MSFT");

        JarRun.Result result = JarRun.run(home, Map.of(), "jobs", "run", "ingest-companies");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("job ingest-companies: succeeded");
        assertThat(JarRun.run(home, Map.of(), "jobs", "run", "nope").err()).contains("no job named 'nope'; the jobs are: ingest-bars, ingest-companies, trade");
    }

    @Test
    void envFileAtTheRepositoryRootIsReadWithoutSourcingIt() throws Exception {
        Files.writeString(home.resolve("artificer.env"), "export REDIS_HOST=10.9.8.7\nexport REDIS_PORT=6390\n");

        JarRun.Result result = JarRun.run(home, Map.of(), "status");

        assertThat(result.out()).containsPattern("TokenStore\\s+redis 10.9.8.7:6390/0")
                .containsPattern("REDIS_HOST\\s+10.9.8.7\\s+artificer.env");
    }

    @Test
    void systemEnvFileOverridesTheSharedOneAndTheEnvironmentOverridesBoth() throws Exception {
        Files.writeString(home.resolve("artificer.env"), "export MYSQL_HOST=shared-db\nexport MYSQL_PORT=3310\n");
        Files.createDirectories(home.resolve("system/algo_trader"));
        Files.writeString(home.resolve("system/algo_trader/algo_trader.env"), "export ALGO_TRADER_MYSQL_HOST=system-db\n");

        JarRun.Result result = JarRun.run(home, Map.of("MYSQL_PORT", "3320"), "status");

        assertThat(result.out()).contains("mysql jdbc:mysql://system-db:3320/artificer");
    }

    @Test
    void secretsNeverAppearInTheOutput() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of("SCHWAB_API_KEY", "app-key-0123456789",
                "SCHWAB_SECRET", "app-secret-9876543210", "REDIS_PASSWORD", "redis-pw-555"), "status");

        assertThat(result.exitCode()).isZero();
        assertThat(result.all()).doesNotContain("app-key-0123456789", "app-secret-9876543210", "redis-pw-555");
        assertThat(result.out()).containsPattern("SCHWAB_SECRET\\s+\\*\\*\\*\\*\\s+environment");
    }

    @Test
    void invalidValueStopsTheStartWithOneLineNamingTheVariable() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of("REDIS_PORT", "not-a-port"), "status");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("algo-trader: invalid configuration: ALGO_TRADER_REDIS_PORT (or REDIS_PORT)")
                .contains("a port number 1-65535")
                .doesNotContain("Exception", "\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aNonNumericHttpPortStopsTheServiceWithOneLineNamingTheVariable() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of("ALGO_TRADER_HTTP_PORT", "abc"), "run");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("algo-trader: invalid configuration: ALGO_TRADER_HTTP_PORT")
                .doesNotContain("NumberFormatException", "\tat ");
    }

    @Test
    void aPortAlreadyInUseStopsTheServiceWithOneLineNamingThePortAndTheSettingThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            JarRun.Result result = JarRun.run(home, Map.of("ALGO_TRADER_HTTP_PORT", String.valueOf(port)), "run");

            assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
            assertThat(result.err().lines().findFirst()).as(result.all()).hasValue("algo-trader: port " + port
                    + " is already in use (is another algo-trader service running?); set ALGO_TRADER_HTTP_PORT to a "
                    + "free port");
            assertThat(result.err()).doesNotContain("\tat ");
        }
    }

    @Test
    void unknownTradingModeListsTheAllowedOnes() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of("ALGO_TRADER_MODE", "yolo"), "status");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("ALGO_TRADER_MODE = 'yolo' is not allowed; use paper or live");
    }

    @Test
    void freshMachineBackfillsTheSimulatedMarketIntoTheEmbeddedStoreAndShowsACompany() throws Exception {
        assertThat(JarRun.run(home, Map.of(), "watchlist", "add", "aapl").out()).contains("added AAPL");

        JarRun.Result backfill = JarRun.run(home, Map.of(), "backfill");

        assertThat(backfill.exitCode()).as(backfill.all()).isZero();
        assertThat(backfill.out()).contains("SIMULATED market").contains("[6/6] AAPL weekly")
                .containsPattern("Done: [\\d,]+ bars written, 0 rejected");
        assertThat(home.resolve(".artificer/algo_trader/db/algo_trader.mv.db")).exists();

        JarRun.Result company = JarRun.run(home, Map.of(), "company", "AAPL");
        assertThat(company.exitCode()).as(company.all()).isZero();
        assertThat(company.out()).contains("AAPL  AAPL Corp. (simulated)").contains("P/E");
    }

    @Test
    void backtestOnAFreshMachineFetchesSimulatedHistoryAndPrintsTheMetrics() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "backtest", "--strategy", "sma-cross", "--symbol", "AAPL",
                "slow=40", "--param", "sizing=percent", "--fast", "15");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("SIMULATED market").contains("Backtest 1: sma-cross fast=15 slow=40 "
                        + "sizing=percent quantity=100 percent=10 risk=1 atr=14 stop=2 short=false\n  on AAPL daily")
                .containsPattern("Total return\\s+[+-]\\d+\\.\\d{2} %").contains("Buy and hold").contains("Max drawdown");
    }

    @Test
    void unknownStrategyNamesTheKnownOnes() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "backtest", "--strategy", "magic", "--symbol", "AAPL");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("backtest: unknown strategy 'magic': the strategies are: sma-cross, "
                + "ema-cross, macd-cross, rsi-reversion, bollinger-reversion, bollinger-breakout, donchian-breakout, rules");
    }

    @Test
    void invalidStrategyParameterIsOneLineNamingItsRange() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "backtest", "--strategy", "rsi-reversion", "--symbol", "AAPL",
                "period=1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("backtest: rsi-reversion: period must be in 2..1000 (got 1)");
    }

    @Test
    void strategiesListsEachBuiltInWithItsParameters() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "strategies");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("donchian-breakout  Long when the close rises above")
                .containsPattern("entry\\s+20\\s+2\\.\\.1000\\s+bars of the breakout high")
                .containsPattern("sizing\\s+fixed\\s+fixed\\|percent\\|atr-risk");
    }

    @Test
    void backfillWithAnEmptyWatchlistSaysWhatToDo() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "backfill");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("backfill: nothing to backfill: the watchlist is empty");
    }

    @Test
    void unknownTimeframeNamesTheAllowedOnes() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "backfill", "--symbols", "AAPL", "--timeframes", "2h");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown timeframe '2h': use one of 1m, 5m");
    }

    @Test
    void helpListsTheCommands() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("status").contains("version").contains("Usage: algo-trader");
    }

    @Test
    void versionNamesTheBuild() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("algo-trader \\d+\\.\\d+\\.\\d+").contains("Java 25");
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "sell-everything");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unmatched argument").contains("sell-everything");
    }
}
