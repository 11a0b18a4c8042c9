package dev.artificer.system.algotrader.spark;

import dev.artificer.component.backtest.optimize.Candidate;
import dev.artificer.component.backtest.optimize.Evaluation;
import java.io.Serializable;
import java.util.Optional;

/**
 * What a task sends back for one combination: the evaluation, in a form Spark can serialize.
 *
 * @param candidate the metrics and score, null when skipped
 * @param skipped   the combination and why, null when it ran
 */
record Outcome(Candidate candidate, String skipped) implements Serializable {

    static Outcome of(Evaluation evaluation) {
        return new Outcome(evaluation.candidate().orElse(null), evaluation.skipped().orElse(null));
    }

    Evaluation evaluation() {
        return new Evaluation(Optional.ofNullable(candidate), Optional.ofNullable(skipped));
    }
}
