package dev.artificer.system.algotrader.adapters.yahoo;

import dev.artificer.component.market.Bar;
import java.util.List;

/**
 * One symbol's daily bars from Yahoo, split-adjusted, with what was left out and the splits in the range.
 *
 * @param bars     valid bars in time order
 * @param rejected one reason per day left out (no prices, or prices that do not make a valid bar)
 * @param splits   the splits Yahoo reported in the range
 * @param repaired the splits Yahoo had not applied to the earlier prices, applied here
 */
public record YahooHistory(List<Bar> bars, List<String> rejected, List<Split> splits, List<Split> repaired) {

    /** Copies the lists. */
    public YahooHistory {
        bars = List.copyOf(bars);
        rejected = List.copyOf(rejected);
        splits = List.copyOf(splits);
        repaired = List.copyOf(repaired);
    }
}
