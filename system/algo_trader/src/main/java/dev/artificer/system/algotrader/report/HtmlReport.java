package dev.artificer.system.algotrader.report;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.EquityCurve;
import dev.artificer.component.backtest.Fill;
import dev.artificer.component.strategy.Side;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * A backtest's report as one self-contained HTML page: equity against buy-and-hold, drawdown, the price of each
 * symbol with its fills marked, the metrics and the fills. Charts are inline SVG and styles inline, so the page needs
 * no network and no script to be viewed.
 */
public final class HtmlReport {

    private static final int MAX_PRICE_CHARTS = 4;
    private static final int MAX_FILL_ROWS = 500;
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:24px auto;max-width:1040px;color:#1d2430}
            h1{font-size:22px}h2{font-size:17px;margin-top:28px}
            svg{width:100%;height:auto;background:#fbfcfe;border:1px solid #dfe4ec;border-radius:6px}
            .axis line{stroke:#e3e7ee}.axis text{font-size:11px;fill:#5b6472}
            .buy{fill:#1a9d4b}.sell{fill:#d2342c}
            table{border-collapse:collapse;font-size:13px}td,th{padding:4px 12px;border-bottom:1px solid #e6e9ef;text-align:right}
            td:first-child,th:first-child{text-align:left}.legend span{margin-right:16px;font-size:13px}
            .meta{color:#5b6472;font-size:13px}.metrics{columns:2;column-gap:32px}
            """;

    private HtmlReport() {
    }

    /**
     * Writes the report, replacing any file of that name atomically.
     *
     * @param data the report's content
     * @param file where to write it; its folder is created when missing
     * @return the file
     * @throws UncheckedIOException when it cannot be written
     */
    public static Path write(ReportData data, Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".report", ".tmp");
            Files.writeString(partial, render(data), StandardCharsets.UTF_8);
            return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException("could not write the report " + file + ": " + failed.getMessage(), failed);
        }
    }

    /**
     * Renders the report.
     *
     * @param data the report's content
     * @return the HTML page
     */
    public static String render(ReportData data) {
        BacktestResult result = data.result();
        StringBuilder page = new StringBuilder(64 * 1024);
        page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(data.title())).append("</title><style>").append(STYLE).append("</style></head><body>");
        page.append("<h1>").append(escape(data.title())).append("</h1>");
        page.append("<p class=\"meta\">").append(escape(result.strategy())).append(" &middot; ")
                .append(data.bars().size()).append(" bars &middot; written ").append(data.createdAt()).append("</p>");
        Map<Symbol, List<Bar>> bySymbol = bySymbol(data.bars());
        page.append("<h2>Equity</h2>").append(legend(List.of("#2563eb", "strategy", "#9aa3b2", "buy and hold")));
        page.append(SvgChart.render("equity", equityLines(result, bySymbol), List.of(), "%,.0f"));
        page.append("<h2>Drawdown</h2>");
        page.append(SvgChart.render("drawdown", List.of(drawdown(result.equityCurve(), result.initialCash())),
                List.of(), "%.1f %%"));
        int charts = 0;
        for (Map.Entry<Symbol, List<Bar>> symbol : bySymbol.entrySet()) {
            if (charts++ == MAX_PRICE_CHARTS) {
                page.append("<p class=\"meta\">Price charts of ").append(bySymbol.size() - MAX_PRICE_CHARTS)
                        .append(" more symbols left out.</p>");
                break;
            }
            page.append("<h2>").append(escape(symbol.getKey().value())).append(" price and fills</h2>");
            page.append(SvgChart.render("price-" + escape(symbol.getKey().value()),
                    List.of(closes(symbol.getValue())), markers(result.fills(), symbol.getKey()), "%,.2f"));
        }
        page.append("<h2>Metrics</h2><table class=\"metrics\" id=\"metrics\"><tbody>");
        for (MetricRow row : data.metrics()) {
            page.append("<tr><td>").append(escape(row.label())).append("</td><td>").append(escape(row.value()))
                    .append("</td></tr>");
        }
        page.append("</tbody></table>");
        fills(page, result.fills());
        return page.append("</body></html>").toString();
    }

    private static List<Series> equityLines(BacktestResult result, Map<Symbol, List<Bar>> bySymbol) {
        EquityCurve curve = result.equityCurve();
        long[] times = new long[curve.size()];
        double[] equity = new double[curve.size()];
        for (int index = 0; index < curve.size(); index++) {
            times[index] = curve.time(index).toEpochMilli();
            equity[index] = curve.equity(index);
        }
        List<Series> lines = new ArrayList<>();
        lines.add(new Series("strategy", "#2563eb", times, equity));
        if (bySymbol.size() == 1) {
            List<Bar> only = bySymbol.values().iterator().next();
            double firstOpen = only.getFirst().open();
            lines.add(new Series("buy and hold", "#9aa3b2", only.stream().mapToLong(bar -> bar.start().toEpochMilli()).toArray(),
                    only.stream().mapToDouble(bar -> result.initialCash() * bar.close() / firstOpen).toArray()));
        }
        return lines;
    }

    private static Series drawdown(EquityCurve curve, double initialCash) {
        long[] times = new long[curve.size()];
        double[] drawdown = new double[curve.size()];
        double peak = initialCash;
        for (int index = 0; index < curve.size(); index++) {
            peak = Math.max(peak, curve.equity(index));
            times[index] = curve.time(index).toEpochMilli();
            drawdown[index] = -100 * (peak - curve.equity(index)) / peak;
        }
        return new Series("drawdown", "#d2342c", times, drawdown);
    }

    private static Series closes(List<Bar> bars) {
        return new Series("close", "#1d2430", bars.stream().mapToLong(bar -> bar.start().toEpochMilli()).toArray(),
                bars.stream().mapToDouble(Bar::close).toArray());
    }

    private static List<Marker> markers(List<Fill> fills, Symbol symbol) {
        return fills.stream().filter(fill -> fill.symbol().equals(symbol))
                .map(fill -> new Marker(fill.time().toEpochMilli(), fill.price(), fill.side() == Side.BUY,
                        describe(fill)))
                .toList();
    }

    private static void fills(StringBuilder page, List<Fill> fills) {
        page.append("<h2>Fills (").append(fills.size()).append(")</h2><table id=\"fills\"><thead><tr><th>Time</th>")
                .append("<th>Symbol</th><th>Side</th><th>Type</th><th>Quantity</th><th>Price</th><th>Commission</th>")
                .append("</tr></thead><tbody>");
        for (Fill fill : fills.subList(0, Math.min(fills.size(), MAX_FILL_ROWS))) {
            page.append("<tr><td>").append(fill.time()).append("</td><td>").append(escape(fill.symbol().value()))
                    .append("</td><td>").append(fill.side()).append("</td><td>").append(fill.type())
                    .append("</td><td>").append(fill.quantity()).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%,.2f", fill.price())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%,.2f", fill.commission())).append("</td></tr>");
        }
        page.append("</tbody></table>");
        if (fills.size() > MAX_FILL_ROWS) {
            page.append("<p class=\"meta\">").append(fills.size() - MAX_FILL_ROWS).append(" more fills left out.</p>");
        }
    }

    private static String describe(Fill fill) {
        return String.format(Locale.ROOT, "%s %d %s @ %.2f (%s)", fill.side(), fill.quantity(), fill.symbol().value(),
                fill.price(), fill.time());
    }

    private static String legend(List<String> colorsAndLabels) {
        StringBuilder legend = new StringBuilder("<p class=\"legend\">");
        for (int index = 0; index < colorsAndLabels.size(); index += 2) {
            legend.append("<span style=\"color:").append(colorsAndLabels.get(index)).append("\">&#9632; ")
                    .append(escape(colorsAndLabels.get(index + 1))).append("</span>");
        }
        return legend.append("</p>").toString();
    }

    private static Map<Symbol, List<Bar>> bySymbol(List<Bar> bars) {
        Map<Symbol, List<Bar>> bySymbol = new LinkedHashMap<>();
        bars.stream().sorted(java.util.Comparator.comparing(Bar::start))
                .forEach(bar -> bySymbol.computeIfAbsent(bar.symbol(), symbol -> new ArrayList<>()).add(bar));
        return bySymbol;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
