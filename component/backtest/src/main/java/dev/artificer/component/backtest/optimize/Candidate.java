package dev.artificer.component.backtest.optimize;

import java.util.Map;

/**
 * One parameter combination a search tried.
 *
 * @param parameters the combination, name to value text
 * @param strategy   the strategy's full name with every parameter
 * @param metrics    the run's metrics by key
 * @param score      the metric the search ranks by
 */
public record Candidate(Map<String, String> parameters, String strategy, Map<String, Double> metrics, double score)
        implements java.io.Serializable {

    /** Copies the maps. */
    public Candidate {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
