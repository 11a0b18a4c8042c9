package dev.artificer.component.backtest.optimize;

import java.util.List;

/**
 * What a parameter search found.
 *
 * @param ranking the metric ranked by
 * @param ranked  the candidates, best first
 * @param skipped combinations the strategy refused, each with its reason
 */
public record SearchResult(Ranking ranking, List<Candidate> ranked, List<String> skipped)
        implements java.io.Serializable {

    /** Copies the lists. */
    public SearchResult {
        ranked = List.copyOf(ranked);
        skipped = List.copyOf(skipped);
    }

    /**
     * The best candidate.
     *
     * @return the first of the ranking
     * @throws IllegalStateException when every combination was skipped
     */
    public Candidate best() {
        if (ranked.isEmpty()) {
            throw new IllegalStateException("no parameter combination was valid"
                    + (skipped.isEmpty() ? "" : ": " + skipped.getFirst()));
        }
        return ranked.getFirst();
    }
}
