package dev.artificer.component.backtest.lookahead;

import java.util.List;

/**
 * The outcome of a look-ahead check.
 *
 * @param strategy   the strategy's name
 * @param cuts       how many truncated histories were replayed
 * @param decisions  decisions made over the full history
 * @param violations the decisions that changed without the future, at most one per cut
 */
public record LookaheadReport(String strategy, int cuts, int decisions, List<LookaheadViolation> violations) {

    /** Copies the list. */
    public LookaheadReport {
        violations = List.copyOf(violations);
    }

    /**
     * Whether no decision depended on future bars.
     *
     * @return true when clean
     */
    public boolean clean() {
        return violations.isEmpty();
    }
}
