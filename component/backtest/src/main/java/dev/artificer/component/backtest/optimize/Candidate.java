package dev.artificer.component.backtest.optimize;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One parameter combination a search tried.
 *
 * @param parameters   the combination, name to value text
 * @param strategy     the strategy's full name with every parameter
 * @param metrics      the run's metrics by key
 * @param score        the metric the search ranks by
 * @param dailyReturns the run's returns per New York date (see {@link SessionEnds}), for the probability of backtest
 *                     overfitting; empty unless the search was asked to keep them
 */
public record Candidate(Map<String, String> parameters, String strategy, Map<String, Double> metrics, double score,
                        double[] dailyReturns) implements java.io.Serializable {

    private static final double[] NONE = new double[0];

    /** Copies the maps and the returns. */
    public Candidate {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        dailyReturns = dailyReturns.length == 0 ? NONE : dailyReturns.clone();
    }

    /**
     * A candidate without daily returns.
     *
     * @param parameters the combination, name to value text
     * @param strategy   the strategy's full name with every parameter
     * @param metrics    the run's metrics by key
     * @param score      the metric the search ranks by
     */
    public Candidate(Map<String, String> parameters, String strategy, Map<String, Double> metrics, double score) {
        this(parameters, strategy, metrics, score, NONE);
    }

    /**
     * The daily returns.
     *
     * @return a copy; empty when the search did not keep them
     */
    @Override
    public double[] dailyReturns() {
        return dailyReturns.clone();
    }

    /**
     * Whether the search kept this run's daily returns.
     *
     * @return true when there are some
     */
    public boolean hasDailyReturns() {
        return dailyReturns.length > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Candidate that && parameters.equals(that.parameters) && strategy.equals(that.strategy)
                && metrics.equals(that.metrics) && Double.compare(score, that.score) == 0
                && Arrays.equals(dailyReturns, that.dailyReturns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, strategy, metrics, score, Arrays.hashCode(dailyReturns));
    }

    @Override
    public String toString() {
        return "Candidate[" + strategy + ", score=" + score + ", " + dailyReturns.length + " daily returns]";
    }
}
