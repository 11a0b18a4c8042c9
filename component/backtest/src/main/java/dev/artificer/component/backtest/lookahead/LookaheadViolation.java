package dev.artificer.component.backtest.lookahead;

import java.time.Instant;

/**
 * A decision that changed when the bars after a cut were removed: the strategy used the future to make it.
 *
 * @param decidedAt       the start of the bar the decision belongs to
 * @param cutAfter        the start of the last bar the truncated run saw
 * @param withFullHistory what the strategy did with every bar available ("nothing" when it did nothing)
 * @param withoutFuture   what it did with the bars after the cut removed
 */
public record LookaheadViolation(Instant decidedAt, Instant cutAfter, String withFullHistory, String withoutFuture) {
}
