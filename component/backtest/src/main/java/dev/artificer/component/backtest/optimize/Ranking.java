package dev.artificer.component.backtest.optimize;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * Which metric a search ranks by, and in which direction: drawdowns, volatility and costs are better low, everything
 * else high. A candidate whose metric is not a number ranks last.
 *
 * @param metric        the metric's key, e.g. {@code sharpe}
 * @param lowerIsBetter whether smaller values rank first
 */
public record Ranking(String metric, boolean lowerIsBetter) implements java.io.Serializable {

    private static final Set<String> LOWER_IS_BETTER =
            Set.of("max_drawdown", "max_drawdown_days", "max_drawdown_bars", "longest_drawdown_days",
                    "longest_drawdown_bars", "annual_volatility", "fees_paid", "turnover");

    /**
     * The ranking by a metric in its natural direction.
     *
     * @param metric the metric's key
     * @return the ranking
     */
    public static Ranking by(String metric) {
        return new Ranking(metric, LOWER_IS_BETTER.contains(metric));
    }

    /**
     * The score of a candidate's metrics.
     *
     * @param metrics the metrics by key
     * @return the value ranked on
     * @throws IllegalArgumentException when the metric is not among them, listing those that are
     */
    public double score(Map<String, Double> metrics) {
        Double value = metrics.get(metric);
        if (value == null) {
            throw new IllegalArgumentException("unknown metric '" + metric + "': the metrics are " + metrics.keySet());
        }
        return value;
    }

    /**
     * Orders scores best first, non-numbers last.
     *
     * @return the comparator
     */
    Comparator<Double> bestFirst() {
        Comparator<Double> natural = lowerIsBetter ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return (first, second) -> {
            boolean firstMissing = first.isNaN();
            boolean secondMissing = second.isNaN();
            if (firstMissing || secondMissing) {
                return Boolean.compare(firstMissing, secondMissing);
            }
            return natural.compare(first, second);
        };
    }
}
