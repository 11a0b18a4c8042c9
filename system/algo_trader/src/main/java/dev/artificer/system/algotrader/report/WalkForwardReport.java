package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.optimize.WalkForwardResult;
import dev.artificer.component.backtest.optimize.WalkForwardSummary;
import dev.artificer.component.backtest.optimize.WalkForwardWindow;
import dev.artificer.component.backtest.optimize.WinnerStability;
import dev.artificer.component.backtest.tearsheet.BuyAndHold;
import dev.artificer.component.market.Bar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A walk-forward's report as one self-contained HTML page, like the tearsheet (inline SVG, no script, no network):
 * the setup, the walk-forward efficiency and how often the winner changed, the stitched out-of-sample curve against
 * buy and hold over the same bars with the windows shaded, each window's annualised return in and out of sample, the
 * winning value of each parameter per window, and one row per window; it links to the stitched run's tearsheet.
 */
public final class WalkForwardReport {

    private static final String IN_SAMPLE_COLOR = "#9aa3b2";
    private static final double WEAK_EFFICIENCY = 0.5;

    private WalkForwardReport() {
    }

    /**
     * The summary in sentences, as the console prints them.
     *
     * @param summary the walk-forward's summary
     * @return the efficiency line and the winner-changes line
     */
    public static List<String> lines(WalkForwardSummary summary) {
        return List.of(SvgChart.format("Walk-forward efficiency: %s (out of sample %s a year against %s in sample, the "
                                + "mean of the windows' winners; Pardo)%s",
                        MetricRows.format("efficiency", summary.efficiency()),
                        MetricRows.format("cagr", summary.outOfSampleAnnualReturn()),
                        MetricRows.format("cagr", summary.inSampleAnnualReturn()),
                        weak(summary) ? ": the winners did not keep their in-sample results" : ""),
                SvgChart.format("The winner changed %d times in %d windows (%d distinct combinations won)",
                        summary.winnerChanges(), summary.windows().size(), summary.distinctWinners()));
    }

    /**
     * Writes the page, replacing any file of that name atomically.
     *
     * @param data the report's content
     * @param file where to write it; its folder is made when missing
     * @return the file
     */
    public static Path write(WalkForwardData data, Path file) {
        return HtmlPage.replace(file, render(data));
    }

    /**
     * Renders the page.
     *
     * @param data the report's content
     * @return the HTML page
     */
    public static String render(WalkForwardData data) {
        WalkForwardResult result = data.result();
        WalkForwardSummary summary = WalkForwardSummary.of(result);
        BacktestResult stitched = result.stitched();
        StringBuilder page = HtmlPage.start(data.title(), 128 * 1024);
        page.append("<p class=\"meta\">Walk-forward report written ").append(data.createdAt())
                .append(". The stitched out-of-sample run's tearsheet: <a href=\"")
                .append(HtmlPage.escape(data.stitchedReport())).append("\">")
                .append(HtmlPage.escape(data.stitchedReport())).append("</a>.</p>");
        setup(page, data);
        page.append("<h2>Did the winners hold up?</h2><div id=\"verdict\">");
        List<String> lines = lines(summary);
        HtmlPage.verdict(page, lines.get(0), weak(summary));
        HtmlPage.verdict(page, lines.get(1), false);
        HtmlPage.verdict(page, "Stitched out of sample " + MetricRows.format("total_return", stitched.totalReturn())
                + " against buy and hold " + MetricRows.format("buy_and_hold_return", stitched.buyAndHoldReturn())
                + " over the same bars", false);
        page.append("</div>");
        List<Bar> outOfSample = data.bars().stream()
                .filter(bar -> !bar.start().isBefore(result.windows().getFirst().outOfSampleStart())).toList();
        BacktestResult benchmark = BuyAndHold.of(outOfSample, stitched.initialCash(), stitched.timeframe());
        page.append("<h2>Stitched out-of-sample return</h2>").append(legend())
                .append("<p class=\"meta\">Shaded: every other out-of-sample window.</p>")
                .append(stitchedChart("stitched", stitched, benchmark, result.windows(), false))
                .append("<h3>Log scale</h3>")
                .append(stitchedChart("stitched-log", stitched, benchmark, result.windows(), true));
        page.append("<h2>Annualised return per window</h2><p class=\"legend\"><span style=\"color:")
                .append(IN_SAMPLE_COLOR).append("\">&#9632; in sample (the winner)</span><span style=\"color:")
                .append(TearsheetCharts.STRATEGY_COLOR).append("\">&#9632; out of sample</span></p>")
                .append(returnsChart(summary));
        parameters(page, result);
        windows(page, data, summary);
        return page.append(HtmlPage.end()).toString();
    }

    private static void setup(StringBuilder page, WalkForwardData data) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Windows", SvgChart.format("%d: optimise on %,d bars, test on the next %,d, roll forward by %,d; the "
                        + "out-of-sample windows are one account", data.result().windows().size(), data.inSample(),
                data.outOfSample(), data.outOfSample()));
        rows.put("Ranked by", MetricRows.label(data.ranking().metric()));
        HtmlPage.searchSetup(page, data.header(), rows, data.bars());
    }

    private static String stitchedChart(String id, BacktestResult stitched, BacktestResult benchmark,
                                        List<WalkForwardWindow> windows, boolean log) {
        List<Band> bands = new ArrayList<>();
        for (int index = 0; index < windows.size(); index += 2) {
            WalkForwardWindow window = windows.get(index);
            bands.add(new Band(window.outOfSampleStart().toEpochMilli(), window.outOfSampleEnd().toEpochMilli(),
                    "window " + (index + 1) + ": " + parameters(window), "band alternate"));
        }
        double scale = log ? 1 : 100;
        double offset = log ? 0 : -100;
        return SvgChart.render(id, List.of(
                TearsheetCharts.growth("walk-forward", TearsheetCharts.STRATEGY_COLOR, stitched.equityCurve(), stitched.initialCash(),
                        scale, offset),
                TearsheetCharts.growth("buy and hold", TearsheetCharts.BENCHMARK_COLOR, benchmark.equityCurve(), stitched.initialCash(),
                        scale, offset)), List.of(), bands, log,
                value -> SvgChart.format("%+.1f %%", log ? (value - 1) * 100 : value));
    }

    private static String returnsChart(WalkForwardSummary summary) {
        List<String> labels = new ArrayList<>();
        for (int index = 1; index <= summary.windows().size(); index++) {
            labels.add("#" + index);
        }
        return SvgBars.render("window-returns", labels, List.of(
                new SvgBars.Bars("in sample", IN_SAMPLE_COLOR, summary.windows().stream()
                        .mapToDouble(window -> 100 * window.inSampleAnnualReturn()).toArray()),
                new SvgBars.Bars("out of sample", TearsheetCharts.STRATEGY_COLOR, summary.windows().stream()
                        .mapToDouble(window -> 100 * window.outOfSampleAnnualReturn()).toArray())),
                value -> SvgChart.format("%+.1f %%", value));
    }

    /** The winning value of each numeric parameter that changed between windows. */
    private static void parameters(StringBuilder page, WalkForwardResult result) {
        List<Map<String, String>> winners = result.windows().stream().map(WalkForwardWindow::parameters).toList();
        Map<String, List<String>> order = WinnerStability.gridOrder(winners);
        List<String> labels = new ArrayList<>();
        for (int index = 1; index <= winners.size(); index++) {
            labels.add("#" + index);
        }
        order.forEach((name, values) -> {
            if (values.size() < 2 || !values.stream().allMatch(WinnerStability::numeric)) {
                return;
            }
            page.append("<h3>Winning ").append(HtmlPage.escape(name)).append(" per window</h3>")
                    .append(SvgBars.render("winner-" + name, labels, List.of(new SvgBars.Bars(name,
                            TearsheetCharts.STRATEGY_COLOR, winners.stream()
                            .mapToDouble(winner -> Double.parseDouble(winner.get(name))).toArray())),
                            value -> value == Math.rint(value) ? SvgChart.format("%.0f", value)
                                    : SvgChart.format("%.2f", value)));
        });
    }

    private static void windows(StringBuilder page, WalkForwardData data, WalkForwardSummary summary) {
        String metric = data.ranking().metric();
        page.append("<h2>Windows</h2><table id=\"windows\"><thead><tr><th>#</th><th>In sample</th>")
                .append("<th>Out of sample</th><th>Bars</th><th>Winner in sample</th><th>In-sample ")
                .append(HtmlPage.escape(MetricRows.label(metric))).append("</th><th>In sample a year</th>")
                .append("<th>Out-of-sample return</th><th>Out of sample a year</th><th>Efficiency</th></tr></thead><tbody>");
        int number = 1;
        for (WalkForwardSummary.Window row : summary.windows()) {
            WalkForwardWindow window = row.window();
            page.append("<tr><td>").append(number++).append("</td><td>").append(HtmlPage.day(window.inSampleStart()))
                    .append(" to ").append(HtmlPage.day(window.inSampleEnd())).append("</td><td>")
                    .append(HtmlPage.day(window.outOfSampleStart())).append(" to ")
                    .append(HtmlPage.day(window.outOfSampleEnd())).append("</td><td>").append(row.outOfSampleBars())
                    .append("</td><td>").append(HtmlPage.escape(parameters(window))).append(row.changed() ? " *" : "")
                    .append("</td><td>")
                    .append(MetricRows.format(metric, window.best().score())).append("</td><td>")
                    .append(MetricRows.format("cagr", row.inSampleAnnualReturn())).append("</td><td>")
                    .append(MetricRows.format("total_return", window.outOfSampleReturn())).append("</td><td>")
                    .append(MetricRows.format("cagr", row.outOfSampleAnnualReturn())).append("</td><td>")
                    .append(MetricRows.format("efficiency", row.efficiency())).append("</td></tr>");
        }
        page.append("</tbody></table><p class=\"meta\">* the winner changed from the window before. Annualised "
                + "over each window's calendar time, as CAGR; "
                + "efficiency = out-of-sample / in-sample annualised return, n/a when the in-sample one is not above "
                + "zero.</p>");
    }

    private static String parameters(WalkForwardWindow window) {
        return MetricRows.parameters(window.parameters());
    }

    /** An efficiency below one half (or undefined): the winners kept less than half of their in-sample return. */
    private static boolean weak(WalkForwardSummary summary) {
        return !(summary.efficiency() >= WEAK_EFFICIENCY);
    }

    private static String legend() {
        return "<p class=\"legend\"><span style=\"color:" + TearsheetCharts.STRATEGY_COLOR + "\">&#9632; walk-forward "
                + "(out of sample)</span><span style=\"color:" + TearsheetCharts.BENCHMARK_COLOR
                + "\">&#9632; buy and hold</span></p>";
    }
}
