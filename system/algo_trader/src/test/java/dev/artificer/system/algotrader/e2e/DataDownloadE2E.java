package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.system.algotrader.adapters.yahoo.StandInYahoo;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data download} through the jar against the stand-in Yahoo, then a backtest on the downloaded bars. */
class DataDownloadE2E {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 2);
    private static final LocalDate LAST = LocalDate.of(2024, 12, 31);

    @TempDir
    Path home;

    private StandInYahoo yahoo;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    @BeforeEach
    void startStandIn() throws Exception {
        yahoo = StandInYahoo.start();
        yahoo.serve("AAPL", StandInYahoo.wave(FIRST, LAST));
    }

    @AfterEach
    void stopStandIn() {
        yahoo.close();
    }

    private Map<String, String> environment() {
        return Map.of("ALGO_TRADER_YAHOO_BASE_URL", yahoo.base().toString());
    }

    private int storedBars(String symbol, String source) throws Exception {
        String url = "jdbc:h2:file:" + home.resolve(".artificer/algo_trader/db/algo_trader") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM bars WHERE symbol = '" + symbol
                     + "' AND timeframe = 'daily' AND source = '" + source + "'")) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void downloadedBarsAreStoredAsYahoosAndAreTheOnesTheBacktestRuns() throws Exception {
        List<StandInYahoo.Day> year = StandInYahoo.wave(FIRST, LAST);

        JarRun.Result download = JarRun.run(home, environment(), "data", "download", "AAPL", "--from", "2024-01-02",
                "--to", "2024-12-31");
        JarRun.Result backtest = JarRun.run(home, environment(), "backtest", "--strategy", "sma-cross", "--symbol", "AAPL");

        assertThat(download.exitCode()).as(download.all()).isZero();
        assertThat(download.out()).contains("Downloaded " + year.size() + " daily bars of AAPL (2024-01-02 .. 2024-12-31) "
                + "from Yahoo Finance, split-adjusted");
        assertThat(storedBars("AAPL", "yahoo")).isEqualTo(year.size());
        assertThat(backtest.exitCode()).as(backtest.all()).isZero();
        assertThat(backtest.out()).contains("AAPL").doesNotContainIgnoringCase("simulated").contains("2024-12-31")
                .contains("sizing=percent quantity=100 percent=95").containsPattern(
                        "Strategy [+-]\\d+\\.\\d{2} % at \\d+\\.\\d{2} % exposure; buy and hold [+-]\\d+\\.\\d{2} % at 100.00 % exposure");
    }

    @Test
    void fromAfterToIsOneLineAndExitCodeTwo() throws Exception {
        JarRun.Result result = JarRun.run(home, environment(), "data", "download", "AAPL", "--from", "2024-12-31",
                "--to", "2024-01-02");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("data download: --from 2024-12-31 is after --to 2024-01-02");
        assertThat(yahoo.requests()).isEmpty();
    }

    @Test
    void anUnknownSymbolIsNamedOnOneLineWhileTheOthersAreStoredAndExitsWithOne() throws Exception {
        JarRun.Result result = JarRun.run(home, environment(), "data", "download", "XYZZY", "AAPL", "--from", "2024-01-02",
                "--to", "2024-03-29");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("data download: XYZZY: unknown symbol XYZZY at Yahoo Finance "
                + "(Not Found: No data found, symbol may be delisted)");
        assertThat(result.out()).contains("daily bars of AAPL (2024-01-02 .. 2024-03-29)");
    }

    @Test
    void noYahooListeningIsOneLineNamingTheAddressAndExitCodeOne() throws Exception {
        int closed = JarRun.freePort();
        JarRun.Result result = JarRun.run(home, Map.of("ALGO_TRADER_YAHOO_BASE_URL", "http://127.0.0.1:" + closed),
                "data", "download", "AAPL", "--from", "2024-01-02", "--to", "2024-01-31");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("data download: AAPL: cannot reach Yahoo Finance at http://127.0.0.1:"
                + closed).doesNotContain("\n");
    }
}
