package dev.artificer.system.algotrader.marketdata;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The MarketDataSource port: price history and company information from Schwab, or from the simulated market. */
public interface MarketDataSource {

    /**
     * The name stored with the data ({@code source} tag or column).
     *
     * @return e.g. {@code schwab} or {@code simulated}
     */
    String name();

    /**
     * Bars whose start lies in {@code [from, to)}.
     *
     * @param symbol    the symbol
     * @param timeframe the timeframe
     * @param from      first start included
     * @param to        first start excluded
     * @return valid bars and rejected rows
     * @throws UnknownSymbolException when the source does not know the symbol
     */
    FetchedBars history(Symbol symbol, Timeframe timeframe, Instant from, Instant to);

    /**
     * Refuses, before anything is fetched, a symbol the source knows it does not have. Sources that can tell only by
     * asking accept every symbol here.
     *
     * @param symbol the symbol
     * @throws UnknownSymbolException when the source does not have it
     */
    default void requireKnown(Symbol symbol) {
    }

    /**
     * The company behind a symbol.
     *
     * @param symbol the symbol
     * @return the profile and fundamentals, or empty when the source does not know the symbol
     */
    Optional<CompanyInfo> company(Symbol symbol);

    /**
     * The longest span one history request may cover.
     *
     * @param timeframe the timeframe
     * @return the span
     */
    Duration requestSpan(Timeframe timeframe);

    /**
     * How far back the source has history.
     *
     * @param timeframe the timeframe
     * @return the reach
     */
    Duration reach(Timeframe timeframe);
}
