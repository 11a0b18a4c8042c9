package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Bar;
import java.util.List;

/**
 * What a market data source returned for one request: the valid bars, and the rows it had to reject.
 *
 * @param bars     valid bars in time order
 * @param rejected one reason per rejected row
 */
public record FetchedBars(List<Bar> bars, List<String> rejected) {

    /** Copies the lists. */
    public FetchedBars {
        bars = List.copyOf(bars);
        rejected = List.copyOf(rejected);
    }
}
