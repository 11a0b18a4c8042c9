package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The backtesting commands through the jar on a fresh machine: simulated data, embedded store. */
class BacktestingE2E {

    @TempDir
    Path home;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    private static Path reportOf(JarRun.Result result) {
        Matcher report = Pattern.compile("Report: (\\S+\\.html)").matcher(result.out());
        assertThat(report.find()).as(result.all()).isTrue();
        return Path.of(report.group(1));
    }

    @Test
    void backtestIsStoredListedShownAndReportedAsOneSelfContainedPage() throws Exception {
        JarRun.Result backtest = JarRun.run(home, Map.of(), "backtest", "--strategy", "sma-cross", "--symbol", "AAPL");

        assertThat(backtest.exitCode()).as(backtest.all()).isZero();
        assertThat(backtest.out()).contains("Data ends with the last closed bar: AAPL daily from ")
                .contains("Stored as backtest 1 in jdbc:h2:file:")
                .contains("Equity curve: not stored (InfluxDB is not configured")
                .containsPattern("Sharpe ratio\\s+-?\\d+\\.\\d{2}").containsPattern("Trades\\s+\\d+");
        String page = Files.readString(reportOf(backtest));
        assertThat(page).contains("<svg id=\"cumulative\"", "<svg id=\"underwater\"", "<svg id=\"price-AAPL\"",
                "<polygon class=\"buy\"").doesNotContain("<script", "src=");
        assertThat(backtest.out()).containsPattern("Trades: \\S+-trades\\.csv");

        JarRun.Result list = JarRun.run(home, Map.of(), "backtests", "list");
        assertThat(list.out()).containsPattern("(?m)^1\\s+backtest\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z\\s+sma-cross fast=10 slow=30 .*AAPL\\s+daily");

        JarRun.Result show = JarRun.run(home, Map.of(), "backtests", "show", "1");
        assertThat(show.exitCode()).as(show.all()).isZero();
        assertThat(show.out()).contains("Backtest 1: sma-cross").containsPattern("(?m)^AAPL\\s+LONG\\s+")
                .contains("Report: " + reportOf(backtest));
    }

    @Test
    void optimizeRanksTheGridAndStoresTheBest() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "optimize", "--strategy", "sma-cross", "--symbol", "AAPL",
                "fast=5..15:5", "slow=20,40", "--metric", "total_return", "--threads", "2");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Searching 6 combinations of sma-cross")
                .contains("6/6 combinations").containsPattern("(?m)^1\\s+fast=\\d+ slow=\\d+\\s+[+-]\\d")
                .contains("Best: sma-cross fast=").contains("Stored as backtest 1")
                .containsPattern("Deflated Sharpe ratio: [01]\\.\\d{2}, the probability that the winner's Sharpe ratio")
                .containsPattern("beats the best that 6 trials without skill would show")
                // slow was searched over 20 and 40 only: any winner sits on that edge
                .containsPattern("Warning: slow=(20 is the smallest|40 is the largest) value searched \\(20 to 40\\)")
                .contains("Probability of backtest overfitting: not computed; it needs at least 10 valid combinations");
        assertThat(reportOf(result)).exists();
        Matcher optimizeReport = Pattern.compile("Optimize report: (\\S+/optimize-\\d{8}-\\d{6}-sma-cross-[0-9a-f]{8}"
                + "\\.html)").matcher(result.out());
        assertThat(optimizeReport.find()).as(result.all()).isTrue();
        assertThat(Files.readString(Path.of(optimizeReport.group(1)))).contains("<svg id=\"metric-heatmap\"",
                "<a href=\"" + reportOf(result).getFileName() + "\">");
    }

    @Test
    void backtestJsonHoldsTheTearsheetMetricsAsNumbersBesideTheBenchmarks() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "backtest", "--strategy", "sma-cross", "--symbol", "AAPL",
                "--json");

        assertThat(result.exitCode()).as(result.all()).isZero();
        JsonNode run = JsonMapper.builder().build().readTree(result.out());
        JsonNode strategy = run.get("tearsheet").get("strategy");
        JsonNode benchmark = run.get("tearsheet").get("benchmark");
        assertThat(strategy.get("total_return").asDouble()).isEqualTo(run.get("metrics").get("total_return").asDouble());
        // the benchmark's own total return is the engine's buy-and-hold return of the same bars
        assertThat(benchmark.get("total_return").asDouble())
                .isCloseTo(run.get("metrics").get("buy_and_hold_return").asDouble(), within(1e-9));
        for (String key : List.of("alpha", "beta", "value_at_risk", "expected_shortfall", "best_month", "worst_year",
                "skew", "trades")) {
            assertThat(strategy.get(key).isNumber()).as(key).isTrue();
        }
        // a ratio a run cannot define (payoff without a losing trade) is there as null
        assertThat(strategy.get("payoff_ratio").isNumber() || strategy.get("payoff_ratio").isNull()).isTrue();
        assertThat(benchmark.has("alpha")).isFalse();
    }

    @Test
    void walkforwardPrintsEachWindowAndStoresTheStitchedOutOfSampleRun() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "walkforward", "--strategy", "ema-cross", "--symbol", "AAPL",
                "fast=5,10", "slow=20,30", "--in-sample", "1500", "--out-of-sample", "1500");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Walking forward over 3 windows of 1500 + 1500 bars, 4 combinations each")
                .containsPattern("(?m)^\\d{4}-\\d{2}-\\d{2} \\.\\. \\d{4}-\\d{2}-\\d{2}\\s+fast=\\d+ slow=\\d+")
                .contains("Walk-forward 1: ema-cross in-sample=1500 out-of-sample=1500 metric=sharpe");
        assertThat(reportOf(result).getFileName().toString()).matches("walkforward-\\d{8}-\\d{6}-ema-cross-[0-9a-f]{8}\\.html");
        assertThat(result.out()).containsPattern("Walk-forward efficiency: (-?\\d+\\.\\d{2}|n/a) \\(out of sample ")
                .containsPattern("The winner changed \\d times in 3 windows")
                .containsPattern("Walk-forward report: \\S+/walkforward-summary-\\d{8}-\\d{6}-ema-cross-[0-9a-f]{8}\\.html");
    }

    @Test
    void lookaheadFindsNothingInABuiltInStrategy() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "lookahead", "--strategy", "donchian-breakout", "--symbol",
                "AAPL", "--cuts", "8");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).containsPattern("No look-ahead: \\d+ decisions, each the same with the future removed "
                + "at 8 cut points");
    }

    @Test
    void riskFreeRateComesFromTheSettingOrTheOptionAndIsPrintedWithTheMetrics() throws Exception {
        Map<String, String> env = Map.of("ALGO_TRADER_BACKTEST_RISK_FREE_RATE", "0.03");
        JarRun.Result fromSetting = JarRun.run(home, env, "backtest", "--strategy", "sma-cross", "--symbol", "AAPL");
        JarRun.Result fromOption = JarRun.run(home, env, "backtest", "--strategy", "sma-cross", "--symbol", "AAPL",
                "--risk-free-rate", "0.10");

        assertThat(fromSetting.exitCode()).as(fromSetting.all()).isZero();
        assertThat(fromSetting.out()).containsPattern("Risk-free rate \\(for Sharpe, Sortino\\)\\s+3\\.00 %")
                .containsPattern("Deepest drawdown duration \\(days\\)\\s+[\\d,]+\\R")
                .containsPattern("Longest time under water \\(days\\)\\s+[\\d,]+\\R");
        assertThat(Files.readString(reportOf(fromSetting)))
                .contains("<td>Risk-free rate</td><td>3.00 %</td>");
        assertThat(fromOption.out()).containsPattern("Risk-free rate \\(for Sharpe, Sortino\\)\\s+10\\.00 %");
        // the same returns less a higher rate: a lower Sharpe ratio
        assertThat(sharpe(fromOption)).isLessThan(sharpe(fromSetting));

        JarRun.Result bad = JarRun.run(home, Map.of(), "walkforward", "--strategy", "sma-cross", "--symbol", "AAPL",
                "fast=5,10", "--risk-free-rate", "4");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("walkforward: --risk-free-rate must be an annual rate as a fraction "
                + "from -0.5 to 1, e.g. 0.04 for 4 % (got 4.0)");
    }

    private static double sharpe(JarRun.Result result) {
        Matcher sharpe = Pattern.compile("Sharpe ratio\\s+(-?\\d+\\.\\d+)").matcher(result.out());
        assertThat(sharpe.find()).as(result.all()).isTrue();
        return Double.parseDouble(sharpe.group(1));
    }

    @Test
    void badCostModelIsOneLine() throws Exception {
        JarRun.Result result = JarRun.run(home, Map.of(), "backtest", "--strategy", "sma-cross", "--symbol", "AAPL",
                "--commission", "per-share:abc");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("backtest: --commission 'per-share:abc': 'abc' is not a number");
    }
}
