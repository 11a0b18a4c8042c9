package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.optimize.BacktestOverfitting;
import dev.artificer.component.backtest.optimize.Candidate;
import dev.artificer.component.backtest.optimize.SearchResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An optimisation's report as one self-contained HTML page, like the tearsheet (inline SVG, no script, no network):
 * the setup, the verdict on overfitting (deflated Sharpe ratio, probability of backtest overfitting with the
 * distribution of its logits, parameters at the grid's edge), a heatmap of the metric over two parameters, the
 * metric around the winner (its neighbourhood and one chart per parameter through it) and the ranked combinations,
 * linking to the winner's tearsheet.
 */
public final class OptimizeReport {

    private static final int MAX_ROWS = 100;
    private static final List<String> COLUMNS = List.of("total_return", "cagr", "sharpe", "max_drawdown", "trades");

    private OptimizeReport() {
    }

    /**
     * Writes the page, replacing any file of that name atomically.
     *
     * @param data the report's content
     * @param file where to write it; its folder is made when missing
     * @return the file
     */
    public static Path write(OptimizeData data, Path file) {
        return HtmlPage.replace(file, render(data));
    }

    /**
     * Renders the page.
     *
     * @param data the report's content
     * @return the HTML page
     */
    public static String render(OptimizeData data) {
        SearchResult result = data.result();
        String metric = result.ranking().metric();
        OptimizeFindings findings = data.findings();
        StringBuilder page = HtmlPage.start(data.title(), 128 * 1024);
        page.append("<p class=\"meta\">Optimisation report written ").append(data.createdAt())
                .append(". The winner's tearsheet: <a href=\"").append(HtmlPage.escape(data.winnerReport()))
                .append("\">").append(HtmlPage.escape(data.winnerReport())).append("</a>.</p>");
        setup(page, data);
        page.append("<h2>Is the winner luck?</h2><div id=\"verdict\">");
        HtmlPage.verdict(page, findings.deflatedLine(), findings.deflated().probability() < OptimizeFindings.CONFIDENT);
        HtmlPage.verdict(page, findings.overfittingLine(), findings.overfitting()
                .map(pbo -> pbo.probability() > OptimizeFindings.LIKELY_OVERFIT).orElse(false));
        HtmlPage.verdict(page, findings.stabilityLine(metric), false);
        findings.edgeLines().forEach(line -> HtmlPage.verdict(page, line, true));
        page.append("</div>");
        heatmap(page, data);
        stability(page, findings, metric);
        overfitting(page, findings);
        ranked(page, result);
        return page.append(HtmlPage.end()).toString();
    }

    private static void setup(StringBuilder page, OptimizeData data) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Search", data.search() + ", " + data.result().ranked().size() + " valid, "
                + data.result().skipped().size() + " skipped as invalid");
        rows.put("Ranked by", MetricRows.label(data.result().ranking().metric())
                + (data.result().ranking().lowerIsBetter() ? " (lower is better)" : " (higher is better)"));
        rows.put("Risk-free rate", SvgChart.format("%.2f %%", data.riskFreeRate() * 100));
        HtmlPage.searchSetup(page, data.header(), rows, data.bars());
    }

    private static void heatmap(StringBuilder page, OptimizeData data) {
        List<String> axes = OptimizeCharts.axes(data.combinations(), data.heatmap());
        String metric = MetricRows.label(data.result().ranking().metric());
        page.append("<h2>").append(HtmlPage.escape(metric)).append(" over two parameters</h2>");
        if (axes.isEmpty()) {
            page.append("<p class=\"meta\">Fewer than two parameters were searched over several values; the chart "
                    + "below shows the metric along the one that was.</p>");
            return;
        }
        page.append("<p class=\"meta\">Each cell: the best ").append(HtmlPage.escape(metric)).append(" of the "
                + "combinations with those two values (any others free); framed: the winner; grey: not run or "
                + "invalid. Choose the pair with <code>--heatmap NAME,NAME</code>.</p>")
                .append(OptimizeCharts.heatmap(data.result(), data.combinations(), axes));
    }

    private static void stability(StringBuilder page, OptimizeFindings findings, String metric) {
        page.append("<h2>Stability of the winner</h2><p class=\"meta\">")
                .append(HtmlPage.escape(findings.stabilityLine(metric)))
                .append(". A plateau (neighbours scoring close to the winner) is likelier to hold up than a lone "
                        + "peak.</p>");
        findings.stability().slices().forEach((name, slice) -> page.append("<h3>")
                .append(HtmlPage.escape(MetricRows.label(metric) + " along " + name + ", the other parameters at the "
                        + "winner's values"))
                .append("</h3>").append(OptimizeCharts.slice(name, slice, metric)));
    }

    private static void overfitting(StringBuilder page, OptimizeFindings findings) {
        page.append("<h2>Probability of backtest overfitting</h2>");
        if (findings.overfitting().isEmpty()) {
            page.append("<p class=\"meta\">").append(HtmlPage.escape(findings.overfittingLine())).append(".</p>");
            return;
        }
        BacktestOverfitting pbo = findings.overfitting().get();
        page.append("<p class=\"meta\">Combinatorially symmetric cross-validation (Bailey, Borwein, L&oacute;pez de "
                + "Prado and Zhu 2015): the candidates' daily returns cut into ").append(pbo.partitions())
                .append(" blocks; in each of the ").append(SvgChart.format("%,d", pbo.splits().size()))
                .append(" ways to pick half of them, the combination with the best Sharpe ratio on that half is ranked "
                        + "on the other half. The logit of its relative rank is at or below 0 when it did no better "
                        + "than the median there.</p>")
                .append("<p class=\"legend\"><span style=\"color:").append(OptimizeCharts.OVERFIT_COLOR)
                .append("\">&#9632; logit &le; 0: the in-sample winner at or below the median out of sample</span>")
                .append("<span style=\"color:").append(TearsheetCharts.STRATEGY_COLOR)
                .append("\">&#9632; logit &gt; 0: above it</span></p>").append(OptimizeCharts.logits(pbo));
        page.append("<h3>Performance degradation: each split's winner, in sample against out of sample</h3>")
                .append("<p class=\"meta\">Sharpe ratios per day; red: the least-squares line. Points below zero lost "
                        + "out of sample; a line falling to the right says the better a combination looked in sample, "
                        + "the worse it did out of sample. When one combination wins most splits, its points lie near "
                        + "a line of slope about -1 whatever the skill, since its two halves make up one history: read "
                        + "the slope beside the PBO.</p>").append(OptimizeCharts.degradation(pbo));
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("PBO", SvgChart.format("%.3f", pbo.probability()));
        rows.put("Splits", SvgChart.format("%,d of %d blocks", pbo.splits().size(), pbo.partitions()));
        rows.put("Trials x daily returns", SvgChart.format("%,d x %,d", pbo.trials(), pbo.periods()));
        rows.put("Performance degradation", SvgChart.format("out-of-sample Sharpe = %.3f %s %.3f x in-sample Sharpe "
                + "(per day, least squares over the splits)", pbo.degradationIntercept(),
                pbo.degradationSlope() < 0 ? "-" : "+", Math.abs(pbo.degradationSlope())));
        rows.put("Probability of loss", SvgChart.format("%.1f %% of splits (winner's out-of-sample Sharpe below 0)",
                pbo.probabilityOfLoss() * 100));
        HtmlPage.settings(page, "pbo", rows);
    }

    private static void ranked(StringBuilder page, SearchResult result) {
        String metric = result.ranking().metric();
        List<Candidate> ranked = result.ranked();
        page.append("<h2>Ranked combinations</h2><table id=\"ranking\"><thead><tr><th>Rank</th><th>Parameters</th><th>")
                .append(HtmlPage.escape(MetricRows.label(metric))).append("</th>");
        List<String> columns = COLUMNS.stream().filter(key -> !key.equals(metric)).toList();
        columns.forEach(key -> page.append("<th>").append(HtmlPage.escape(MetricRows.label(key))).append("</th>"));
        page.append("</tr></thead><tbody>");
        for (int index = 0; index < Math.min(MAX_ROWS, ranked.size()); index++) {
            Candidate candidate = ranked.get(index);
            page.append(index == 0 ? "<tr class=\"chosen\"><td>" : "<tr><td>").append(index + 1).append("</td><td>")
                    .append(HtmlPage.escape(MetricRows.parameters(candidate.parameters())))
                    .append("</td><td>").append(MetricRows.format(metric, candidate.score()));
            for (String key : columns) {
                page.append("</td><td>").append(HtmlPage.escape(MetricRows.format(key,
                        candidate.metrics().getOrDefault(key, Double.NaN))));
            }
            page.append("</td></tr>");
        }
        page.append("</tbody></table>");
        if (ranked.size() > MAX_ROWS) {
            page.append("<p class=\"meta\">").append(ranked.size() - MAX_ROWS).append(" more combinations left out.</p>");
        }
        if (!result.skipped().isEmpty()) {
            page.append("<p class=\"meta\">").append(result.skipped().size()).append(" combinations skipped as invalid, "
                    + "e.g. ").append(HtmlPage.escape(result.skipped().getFirst())).append(".</p>");
        }
    }
}
