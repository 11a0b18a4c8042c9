package dev.artificer.system.algotrader.cli;

import dev.artificer.component.market.Bar;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bars a backtesting command may use: those closed at the moment it runs. A bar still in progress (today's
 * daily bar during the trading day, this week's, the current five minutes) is left out, since its prices are not
 * final and using it would test the strategy on values it could not have had.
 *
 * @param closed     the closed bars, in the order given
 * @param unfinished the bars left out because they had not closed
 */
record ClosedBars(List<Bar> closed, List<Bar> unfinished) {

    /**
     * Splits bars into the closed and the unfinished.
     *
     * @param bars the bars
     * @param now  the moment of the run
     * @return the split
     */
    static ClosedBars at(List<Bar> bars, Instant now) {
        Map<Boolean, List<Bar>> split = bars.stream().collect(Collectors.partitioningBy(bar -> bar.closedAt(now)));
        return new ClosedBars(List.copyOf(split.get(true)), List.copyOf(split.get(false)));
    }

    /**
     * What the console says: where the data ends and, when a bar was left out, which.
     *
     * @return one or two lines
     */
    List<String> describe() {
        String end = closed.stream().max(Comparator.comparing(Bar::start))
                .map(last -> "Data ends with the last closed bar: " + last.symbol() + " " + last.timeframe() + " from "
                        + last.start() + ", closed at " + last.closesAt())
                .orElse("No closed bar");
        if (unfinished.isEmpty()) {
            return List.of(end);
        }
        Bar first = unfinished.getFirst();
        return List.of(end, "Left out " + unfinished.size() + " unfinished bar" + (unfinished.size() == 1 ? "" : "s")
                + ": " + first.symbol() + " " + first.timeframe() + " from " + first.start() + " closes at "
                + first.closesAt() + (unfinished.size() == 1 ? "" : " (and " + (unfinished.size() - 1) + " more)"));
    }
}
