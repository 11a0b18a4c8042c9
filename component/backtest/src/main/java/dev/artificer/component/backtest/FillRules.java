package dev.artificer.component.backtest;

import dev.artificer.component.market.Bar;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Side;

/**
 * Where a resting order fills inside a bar, judged by the bar's range only. A price that gaps through the order's
 * price fills at the open (better than the limit, worse than the stop); otherwise at the order's price. Shared by the
 * backtest and the paper broker, so both fill resting orders alike.
 */
public final class FillRules {

    private FillRules() {
    }

    /**
     * The reference price of a triggered stop order, before slippage.
     *
     * @param order the stop order
     * @param bar   a bar after the one it was placed on
     * @return the price, or {@code NaN} when the bar did not reach the stop
     */
    public static double stopPrice(Order order, Bar bar) {
        double stop = order.price();
        if (order.side() == Side.BUY) {
            return bar.high() >= stop ? Math.max(bar.open(), stop) : Double.NaN;
        }
        return bar.low() <= stop ? Math.min(bar.open(), stop) : Double.NaN;
    }

    /**
     * The fill price of a limit order.
     *
     * @param order the limit order
     * @param bar   a bar after the one it was placed on
     * @return the price, or {@code NaN} when the bar did not reach the limit
     */
    public static double limitPrice(Order order, Bar bar) {
        double limit = order.price();
        if (order.side() == Side.BUY) {
            return bar.low() <= limit ? Math.min(bar.open(), limit) : Double.NaN;
        }
        return bar.high() >= limit ? Math.max(bar.open(), limit) : Double.NaN;
    }
}
