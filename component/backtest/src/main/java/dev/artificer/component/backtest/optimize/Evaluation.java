package dev.artificer.component.backtest.optimize;

import java.util.Optional;

/**
 * What trying one combination gave: its candidate, or the reason it was skipped (the strategy refused the values, or
 * threw while running).
 *
 * @param candidate the candidate, empty when skipped
 * @param skipped   the combination and the reason, empty when it ran
 */
public record Evaluation(Optional<Candidate> candidate, Optional<String> skipped) {

    /**
     * A combination that ran.
     *
     * @param candidate its metrics and score
     * @return the evaluation
     */
    public static Evaluation of(Candidate candidate) {
        return new Evaluation(Optional.of(candidate), Optional.empty());
    }

    /**
     * A combination skipped.
     *
     * @param reason the combination and why
     * @return the evaluation
     */
    public static Evaluation skipped(String reason) {
        return new Evaluation(Optional.empty(), Optional.of(reason));
    }
}
