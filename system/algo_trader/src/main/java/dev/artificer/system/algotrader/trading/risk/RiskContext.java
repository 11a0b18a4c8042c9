package dev.artificer.system.algotrader.trading.risk;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the risk rules judge an order against.
 *
 * @param now            the moment the order would be sent
 * @param account        the broker account now
 * @param dayStartEquity the equity at the day's start (New York), or the equity now when not known
 * @param ordersToday    orders sent since the day's start
 * @param watchlist      the watchlist's symbols
 * @param working        the signed quantity of the orders still working, by symbol
 */
public record RiskContext(Instant now, AccountSnapshot account, double dayStartEquity, int ordersToday,
                          List<Symbol> watchlist, Map<Symbol, Long> working) {

    /** Copies the collections. */
    public RiskContext {
        watchlist = List.copyOf(watchlist);
        working = Map.copyOf(working);
    }

    /**
     * The position a symbol will have once the working orders fill.
     *
     * @param symbol the symbol
     * @return shares; negative when short
     */
    public long projected(Symbol symbol) {
        return account.quantity(symbol) + working.getOrDefault(symbol, 0L);
    }

    /**
     * The loss since the day's start.
     *
     * @return dollars lost; negative when the day is a gain
     */
    public double lossToday() {
        return dayStartEquity - account.equity();
    }
}
