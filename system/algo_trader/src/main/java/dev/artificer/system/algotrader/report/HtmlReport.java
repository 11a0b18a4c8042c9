package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.tearsheet.Tearsheet;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backtest's tearsheet as one self-contained HTML page: how the run was set up, its metrics beside buy-and-hold of
 * the same symbols, the charts (cumulative return on linear and log scales, underwater curve with the deepest
 * drawdowns shaded and listed, monthly returns heatmap, yearly returns, rolling six-month Sharpe ratio and volatility,
 * distribution of daily returns, exposure, price with fills) and the round trips, with a CSV of the trades beside
 * it. Charts are inline SVG drawn here and styles inline, so the page needs no network and no script to be viewed.
 */
public final class HtmlReport {

    private static final int MAX_PRICE_CHARTS = 4;

    private HtmlReport() {
    }

    /**
     * Writes the page and, beside it, the trades as CSV (the page's name with {@code -trades.csv} for
     * {@code .html}), each replacing any file of that name atomically.
     *
     * @param data the report's content
     * @param file where to write the page; its folder is created when missing
     * @return both files
     * @throws UncheckedIOException when they cannot be written
     */
    public static ReportFiles write(ReportData data, Path file) {
        Tearsheet sheet = Tearsheet.of(data.result(), data.bars(), data.riskFreeRate());
        Path trades = file.resolveSibling(csvName(file));
        return new ReportFiles(HtmlPage.replace(file, render(data, sheet, csvName(file))),
                HtmlPage.replace(trades, TradesCsv.render(sheet.roundTrips())));
    }

    /**
     * Renders the page.
     *
     * @param data the report's content
     * @return the HTML page, linking to {@code trades.csv}
     */
    public static String render(ReportData data) {
        return render(data, Tearsheet.of(data.result(), data.bars(), data.riskFreeRate()), "trades.csv");
    }

    private static String render(ReportData data, Tearsheet sheet, String csvName) {
        BacktestResult result = data.result();
        TearsheetCharts charts = new TearsheetCharts(sheet, result);
        TradeTable tables = new TradeTable(result.timeframe());
        StringBuilder page = HtmlPage.start(data.title(), 256 * 1024);
        page.append("<p class=\"meta\">Tearsheet written ").append(data.createdAt()).append("</p>");
        setup(page, data);
        page.append("<h2>Metrics</h2><table id=\"metrics\"><thead><tr><th>Metric</th><th>Strategy</th>")
                .append("<th>Buy and hold</th></tr></thead><tbody>");
        for (ComparisonRow row : TearsheetRows.of(sheet)) {
            page.append("<tr><td>").append(escape(row.label())).append("</td><td>").append(escape(row.strategy()))
                    .append("</td><td>").append(escape(row.benchmark())).append("</td></tr>");
        }
        page.append("</tbody></table><p class=\"meta\">Curve metrics per bar as the engine measures them; skew, "
                + "kurtosis, value at risk, best and worst from returns per New York date; alpha, beta and "
                + "information ratio from the daily returns of strategy and benchmark, annualised over ")
                .append(format("%.0f", sheet.periodsPerYear())).append(" periods a year.</p>");
        String legend = legend();
        page.append("<h2>Cumulative return</h2>").append(legend).append(charts.cumulative());
        page.append("<h3>Log scale</h3>").append(charts.cumulativeLog());
        page.append("<h2>Underwater (drawdown)</h2>").append(legend)
                .append("<p class=\"meta\">Shaded: the five deepest drawdowns of the strategy.</p>")
                .append(charts.underwater());
        TradeTable.drawdowns(page, sheet.drawdowns());
        page.append("<h2>Monthly returns</h2>").append(charts.heatmap());
        page.append("<h2>Yearly returns</h2>").append(legend).append(charts.yearly());
        page.append("<h2>Rolling six-month Sharpe ratio</h2>").append(legend)
                .append("<p class=\"meta\">Over the last ").append(charts.window()).append(" dates.</p>")
                .append(charts.rollingSharpe());
        page.append("<h2>Rolling six-month volatility</h2>").append(legend).append(charts.rollingVolatility());
        page.append("<h2>Distribution of ").append(TearsheetRows.periodAdjective(sheet.periodsPerYear()))
                .append(" returns</h2>").append(legend).append(charts.histogram());
        page.append("<h2>Exposure</h2><p class=\"meta\">Gross position value as a share of equity.</p>")
                .append(charts.exposure());
        prices(page, data.bars(), result);
        page.append("<h2>Round trips</h2>");
        tables.roundTrips(page, sheet.roundTrips(), csvName);
        tables.fills(page, result.fills());
        return page.append(HtmlPage.end()).toString();
    }

    private static void setup(StringBuilder page, ReportData data) {
        BacktestResult result = data.result();
        ReportHeader header = data.header();
        List<Bar> bars = data.bars();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Strategy", header.strategy());
        rows.put("Parameters", header.parameters().isBlank() ? "(defaults)" : header.parameters());
        if (!header.sizing().isBlank()) {
            rows.put("Sizing", header.sizing());
        }
        HtmlPage.history(rows, bars);
        rows.put("Starting equity", format("%,.2f", result.initialCash()));
        rows.put("Final equity", format("%,.2f", result.finalEquity()));
        rows.put("Costs", header.costs());
        rows.put("Fill model", header.fillModel());
        rows.put("Account", header.account());
        rows.put("Risk-free rate", format("%.2f %%", data.riskFreeRate() * 100));
        rows.put("Data source", header.dataSource());
        rows.put("Strategy code", header.code());
        rows.put("Benchmark", "buy and hold of the same symbols, equal parts of the starting equity, no costs");
        HtmlPage.settings(page, "setup", rows);
    }

    private static void prices(StringBuilder page, List<Bar> bars, BacktestResult result) {
        Map<Symbol, List<Bar>> bySymbol = new LinkedHashMap<>();
        bars.stream().sorted(Comparator.comparing(Bar::start))
                .forEach(bar -> bySymbol.computeIfAbsent(bar.symbol(), symbol -> new ArrayList<>()).add(bar));
        int charts = 0;
        for (Map.Entry<Symbol, List<Bar>> symbol : bySymbol.entrySet()) {
            if (charts++ == MAX_PRICE_CHARTS) {
                page.append("<p class=\"meta\">Price charts of ").append(bySymbol.size() - MAX_PRICE_CHARTS)
                        .append(" more symbols left out.</p>");
                break;
            }
            page.append("<h2>").append(escape(symbol.getKey().value())).append(" price and fills</h2>")
                    .append(TearsheetCharts.price(symbol.getKey(), symbol.getValue(), result.fills()));
        }
    }

    private static String csvName(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".html") ? name.substring(0, name.length() - 5) : name) + "-trades.csv";
    }

    private static String legend() {
        return "<p class=\"legend\"><span style=\"color:" + TearsheetCharts.STRATEGY_COLOR + "\">&#9632; strategy</span>"
                + "<span style=\"color:" + TearsheetCharts.BENCHMARK_COLOR + "\">&#9632; buy and hold</span></p>";
    }

    private static String format(String pattern, Object... values) {
        return SvgChart.format(pattern, values);
    }

    private static String escape(String text) {
        return HtmlPage.escape(text);
    }
}
