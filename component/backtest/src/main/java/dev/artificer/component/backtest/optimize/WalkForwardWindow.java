package dev.artificer.component.backtest.optimize;

import java.time.Instant;
import java.util.Map;

/**
 * One step of a walk-forward optimisation.
 *
 * @param inSampleStart     the first bar time optimised on
 * @param inSampleEnd       the last bar time optimised on
 * @param outOfSampleStart  the first bar time tested on
 * @param outOfSampleEnd    the last bar time tested on
 * @param best              the combination the optimisation chose, with its in-sample metrics
 * @param outOfSampleReturn the account's return over the out-of-sample bars, from its equity when the window began
 */
public record WalkForwardWindow(Instant inSampleStart, Instant inSampleEnd, Instant outOfSampleStart,
                                Instant outOfSampleEnd, Candidate best, double outOfSampleReturn) {

    /**
     * The chosen combination.
     *
     * @return name to value text
     */
    public Map<String, String> parameters() {
        return best.parameters();
    }
}
