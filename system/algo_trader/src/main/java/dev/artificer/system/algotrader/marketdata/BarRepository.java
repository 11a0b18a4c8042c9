package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The BarRepository port: where price bars are kept, by symbol and timeframe. Writing a bar twice keeps one. */
public interface BarRepository {

    /**
     * Stores bars, replacing any stored bar with the same symbol, timeframe and start.
     *
     * @param bars   the bars
     * @param source where they came from, e.g. {@code schwab} or {@code simulated}
     */
    void save(List<Bar> bars, String source);

    /**
     * The bars of a symbol and timeframe whose start lies in {@code [from, to)}, in time order.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @param from      first start included
     * @param to        first start excluded
     * @return the bars
     */
    List<Bar> range(Symbol symbol, Timeframe timeframe, Instant from, Instant to);

    /**
     * The most recent bar of a symbol and timeframe.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @return the bar, or empty when none is stored
     */
    Optional<Bar> latest(Symbol symbol, Timeframe timeframe);

    /**
     * Where the bars live, for status lines.
     *
     * @return e.g. {@code h2 /home/me/.artificer/algo_trader/db}
     */
    String location();
}
