package dev.artificer.system.algotrader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.backtest.BacktestEngine;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.BacktestSettings;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategies.BuiltinStrategies;
import dev.artificer.component.strategy.Side;
import dev.artificer.component.strategy.Strategy;
import dev.artificer.component.strategy.StrategyContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final Symbol XYZ = Symbol.of("XYZ");
    private static final Instant DAY0 = Instant.parse("2024-01-02T05:00:00Z");
    private static final ReportHeader HEADER = new ReportHeader("sma-cross", "fast=3 slow=10", "sizing=fixed quantity=100",
            "commission none, slippage none", "next open", "cash account, long only", "simulated market", "built-in");

    static List<Bar> wave(int count, Timeframe timeframe) {
        List<Bar> bars = new ArrayList<>();
        double close = 100;
        Duration step = timeframe == Timeframe.DAILY ? Duration.ofDays(1) : timeframe.nominalLength();
        for (int index = 0; index < count; index++) {
            double open = close;
            close = close + 2 * Math.sin(index / 6.0) + 0.05;
            bars.add(new Bar(XYZ, timeframe, DAY0.plus(step.multipliedBy(index)), open, Math.max(open, close) + 0.5,
                    Math.min(open, close) - 0.5, close, 1_000));
        }
        return bars;
    }

    /** A seeded geometric random walk of one-minute bars, 0.1 % per bar, on which sma-cross trades often. */
    private static List<Bar> randomWalk(int count) {
        Random random = new Random(20_260_101L);
        List<Bar> bars = new ArrayList<>(count);
        double close = 100;
        for (int index = 0; index < count; index++) {
            double open = close;
            close = open * Math.exp(0.001 * random.nextGaussian());
            bars.add(new Bar(XYZ, Timeframe.ONE_MINUTE, DAY0.plus(Duration.ofMinutes(index)), open,
                    Math.max(open, close) * 1.0002, Math.min(open, close) * 0.9998, close, 1_000));
        }
        return bars;
    }

    private static ReportData report(String title, List<Bar> history, Strategy strategy) {
        BacktestResult result = new BacktestEngine(BacktestSettings.withoutCosts(100_000)).run(strategy, history);
        return new ReportData(title, result, history, HEADER, 0.02, Instant.parse("2026-11-22T20:00:00Z"));
    }

    private static ReportData report(String title, int bars) {
        return report(title, wave(bars, Timeframe.DAILY),
                BuiltinStrategies.registry().create("sma-cross", "fast=3 slow=10 quantity=100"));
    }

    static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Buys 10 shares on the first bar and holds them to the end. */
    private static final class Holder implements Strategy {
        @Override
        public String name() {
            return "holder";
        }

        @Override
        public void onBar(Bar bar, StrategyContext context) {
            context.targetPosition(bar.symbol(), 10);
        }
    }

    @Test
    void pageHasEveryTearsheetChartAsAnSvg() {
        String page = HtmlReport.render(report("Backtest 1", 600));

        for (String id : List.of("cumulative", "cumulative-log", "underwater", "monthly-returns", "yearly-returns",
                "rolling-sharpe", "rolling-volatility", "return-histogram", "exposure", "price-XYZ")) {
            assertThat(page).as(id).contains("<svg id=\"" + id + "\"");
        }
    }

    @Test
    void everyFillIsMarkedOnThePriceChartBySide() {
        ReportData data = report("Backtest 1", 200);

        String page = HtmlReport.render(data);

        long buys = data.result().fills().stream().filter(fill -> fill.side() == Side.BUY).count();
        long sells = data.result().fills().size() - buys;
        assertThat(buys).isPositive();
        assertThat(count(page, "<polygon class=\"buy\"")).isEqualTo(buys);
        assertThat(count(page, "<polygon class=\"sell\"")).isEqualTo(sells);
    }

    @Test
    void metricsStandBesideBuyAndHoldOfTheSameBars() {
        List<Bar> bars = wave(300, Timeframe.DAILY);
        ReportData data = report("Backtest 1", bars, new Holder());

        String page = HtmlReport.render(data);

        // buy and hold: last close / first open - 1, from the bars themselves
        double benchmark = bars.getLast().close() / bars.getFirst().open() - 1;
        String strategy = String.format(Locale.ROOT, "%+.2f %%", data.result().totalReturn() * 100);
        assertThat(page).contains("<tr><td>Total return</td><td>" + strategy + "</td><td>"
                + String.format(Locale.ROOT, "%+.2f %%", benchmark * 100) + "</td></tr>");
    }

    @Test
    void headerNamesTheSetupPeriodEquityAndRiskFreeRate() {
        String page = HtmlReport.render(report("Backtest 1", 50));

        // 50 daily bars from 2024-01-02 (New York date of 05:00 UTC): the last starts on 2024-02-20
        assertThat(page).contains("<td>Parameters</td><td>fast=3 slow=10</td>",
                "<td>Sizing</td><td>sizing=fixed quantity=100</td>", "2024-01-02 to 2024-02-20",
                "<td>Starting equity</td><td>100,000.00</td>", "<td>Risk-free rate</td><td>2.00 %</td>",
                "<td>Data source</td><td>simulated market</td>", "<td>Strategy code</td><td>built-in</td>");
    }

    @Test
    void theDeepestDrawdownsAreShadedAndListedOneForOne() {
        String page = HtmlReport.render(report("Backtest 1", 600));

        int bands = count(page, "<rect class=\"band\"");
        String table = page.substring(page.indexOf("<table id=\"drawdowns\""), page.indexOf("</table>",
                page.indexOf("<table id=\"drawdowns\"")));
        assertThat(bands).isBetween(1, 5).isEqualTo(count(table, "<tr><td>"));
    }

    @Test
    void thePositionOpenAtTheEndHasItsOwnLine() {
        String page = HtmlReport.render(report("Backtest 1", wave(60, Timeframe.DAILY), new Holder()));

        assertThat(page).contains("<tbody class=\"open\"><tr><td>XYZ</td><td>LONG (open)</td>");
    }

    @Test
    void pageLoadsNothingFromTheNetworkAndRunsNoScript() {
        String page = HtmlReport.render(report("Backtest 1", 50));

        assertThat(page).doesNotContain("<script", "<link", "src=", "@import", "url(", "https://");
    }

    @Test
    void textIsEscaped() {
        String page = HtmlReport.render(report("<script>alert(1)</script>", 50));

        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aMillionMinuteBarsStayUnderTwoMegabytes() {
        List<Bar> bars = randomWalk(1_000_000);
        ReportData data = report("Backtest 1", bars,
                BuiltinStrategies.registry().create("sma-cross", "fast=10 slow=30 sizing=percent percent=50"));

        String page = HtmlReport.render(data);

        assertThat(data.result().fills().size()).isGreaterThan(20_000);
        assertThat(page.length()).isLessThan(2_000_000);
        assertThat(page).contains("<svg id=\"price-XYZ\"");
    }

    @Test
    void fillsSharingAPixelColumnShareOneMarkerThatCountsThem() {
        // 50,000 bars across some 900 pixel columns: a column holds the fills of some 55 bars
        ReportData data = report("Backtest 1", wave(50_000, Timeframe.DAILY),
                BuiltinStrategies.registry().create("sma-cross", "fast=2 slow=3 quantity=100"));

        String page = HtmlReport.render(data);

        assertThat(count(page, "<polygon class=\"buy\"")).isLessThan((int) data.result().fills().stream()
                .filter(fill -> fill.side() == Side.BUY).count()).isLessThanOrEqualTo(SvgChart.WIDTH);
        assertThat(page).containsPattern("and \\d+ more buys in this pixel column");
    }

    @Test
    void aMissingReportsFolderAndTheDataDirectoryAboveItAreMadeOwnerOnly(@TempDir Path folder) throws Exception {
        Path dataDir = folder.resolve("data");

        HtmlReport.write(report("Backtest 1", wave(60, Timeframe.DAILY), new Holder()),
                dataDir.resolve("reports/backtest-x.html"));

        for (Path made : List.of(dataDir, dataDir.resolve("reports"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).as("%s", made)
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void writePutsTheTradesCsvBesideThePage(@TempDir Path folder) throws Exception {
        ReportFiles files = HtmlReport.write(report("Backtest 1", wave(60, Timeframe.DAILY), new Holder()),
                folder.resolve("reports/backtest-x.html"));

        assertThat(Files.readString(files.html())).startsWith("<!DOCTYPE html>").endsWith("</html>")
                .contains("href=\"backtest-x-trades.csv\"");
        assertThat(files.trades()).isEqualTo(folder.resolve("reports/backtest-x-trades.csv"));
        assertThat(Files.readAllLines(files.trades())).hasSize(2).first().asString().startsWith("symbol,direction,");
    }
}
