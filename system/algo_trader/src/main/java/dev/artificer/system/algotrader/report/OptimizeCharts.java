package dev.artificer.system.algotrader.report;

import dev.artificer.component.backtest.optimize.BacktestOverfitting;
import dev.artificer.component.backtest.optimize.Candidate;
import dev.artificer.component.backtest.optimize.SearchResult;
import dev.artificer.component.backtest.optimize.WinnerStability;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The optimisation report's charts: the metric over two parameters, the metric along each parameter through the
 * winner, and the distribution of the PBO's logits.
 */
public final class OptimizeCharts {

    private static final int LOGIT_BINS = 24;
    static final String OVERFIT_COLOR = "#d2342c";

    private OptimizeCharts() {
    }

    /**
     * The heatmap's parameters.
     *
     * @param combinations the combinations searched
     * @param requested    two parameter names, or none for the first two searched over several values
     * @return two names, or none when fewer than two parameters vary
     * @throws IllegalArgumentException when a requested name is not a parameter searched over several values
     */
    public static List<String> axes(List<Map<String, String>> combinations, List<String> requested) {
        List<String> varying = varying(combinations);
        if (requested.isEmpty()) {
            return varying.size() < 2 ? List.of() : varying.subList(0, 2);
        }
        if (requested.size() != 2 || requested.get(0).equals(requested.get(1))) {
            throw new IllegalArgumentException("--heatmap takes two different parameters, e.g. --heatmap fast,slow");
        }
        for (String name : requested) {
            if (!varying.contains(name)) {
                throw new IllegalArgumentException("--heatmap " + name + ": not a parameter searched over several "
                        + "values" + (varying.isEmpty() ? "" : " (those are " + String.join(", ", varying) + ")"));
            }
        }
        return List.copyOf(requested);
    }

    /** The parameters that take more than one value, in the order of the combinations. */
    static List<String> varying(List<Map<String, String>> combinations) {
        Map<String, LinkedHashSet<String>> values = new LinkedHashMap<>();
        combinations.forEach(combination -> combination.forEach((name, value) ->
                values.computeIfAbsent(name, key -> new LinkedHashSet<>()).add(value)));
        return values.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    /** The best score of the candidates at each pair of values of two parameters, the others free. */
    static String heatmap(SearchResult search, List<Map<String, String>> combinations, List<String> axes) {
        Map<String, List<String>> order = WinnerStability.gridOrder(combinations);
        List<String> columns = order.get(axes.get(0));
        List<String> rows = order.get(axes.get(1));
        double[][] values = new double[rows.size()][columns.size()];
        Arrays.stream(values).forEach(row -> Arrays.fill(row, Double.NaN));
        for (Candidate candidate : search.ranked().reversed()) {
            int row = rows.indexOf(candidate.parameters().get(axes.get(1)));
            int column = columns.indexOf(candidate.parameters().get(axes.get(0)));
            if (Double.isFinite(candidate.score())) {
                values[row][column] = candidate.score();
            }
        }
        Candidate winner = search.best();
        String metric = search.ranking().metric();
        return SvgGrid.render("metric-heatmap", new SvgGrid.Cells(axes.get(0), columns, axes.get(1), rows, values,
                search.ranking().lowerIsBetter(), rows.indexOf(winner.parameters().get(axes.get(1))),
                columns.indexOf(winner.parameters().get(axes.get(0)))), value -> MetricRows.format(metric, value));
    }

    /** The metric along one parameter, the others at the winner's values. */
    static String slice(String name, List<Candidate> slice, String metric) {
        List<String> labels = slice.stream().map(candidate -> name + "=" + candidate.parameters().get(name)).toList();
        double[] values = slice.stream().mapToDouble(Candidate::score).toArray();
        return SvgBars.render("slice-" + name, labels, List.of(new SvgBars.Bars(MetricRows.label(metric),
                TearsheetCharts.STRATEGY_COLOR, values)), value -> MetricRows.format(metric, value));
    }

    /** The splits' logits as a histogram, those at or below zero (overfit) in red. */
    static String logits(BacktestOverfitting pbo) {
        double[] logits = pbo.splits().stream().mapToDouble(BacktestOverfitting.Split::logit).toArray();
        double bound = Math.max(1, Arrays.stream(logits).map(Math::abs).max().orElse(1));
        double width = 2 * bound / LOGIT_BINS;
        double[] overfit = new double[LOGIT_BINS];
        double[] held = new double[LOGIT_BINS];
        for (double logit : logits) {
            int bin = Math.min(LOGIT_BINS - 1, (int) ((logit + bound) / width));
            (logit <= 0 ? overfit : held)[bin]++;
        }
        List<String> labels = new ArrayList<>();
        for (int bin = 0; bin < LOGIT_BINS; bin++) {
            labels.add(SvgChart.format("%+.1f", -bound + width * (bin + 0.5)));
        }
        return SvgBars.render("pbo-logits", labels, List.of(
                new SvgBars.Bars("logit <= 0", OVERFIT_COLOR, gaps(overfit)),
                new SvgBars.Bars("logit > 0", TearsheetCharts.STRATEGY_COLOR, gaps(held))),
                value -> SvgChart.format("%.0f", value));
    }

    /** Each split's winner: its in-sample against its out-of-sample Sharpe ratio, with the least-squares line. */
    static String degradation(BacktestOverfitting pbo) {
        return SvgScatter.render("pbo-degradation", new SvgScatter.Points(
                pbo.splits().stream().mapToDouble(BacktestOverfitting.Split::inSampleSharpe).toArray(),
                pbo.splits().stream().mapToDouble(BacktestOverfitting.Split::outOfSampleSharpe).toArray(),
                "in-sample Sharpe ratio of the split's winner", "out-of-sample Sharpe ratio", pbo.degradationSlope(),
                pbo.degradationIntercept()), value -> SvgChart.format("%.3f", value));
    }

    private static double[] gaps(double[] counts) {
        return Arrays.stream(counts).map(count -> count == 0 ? Double.NaN : count).toArray();
    }
}
