package dev.artificer.component.backtest;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.Side;
import java.time.Instant;

/**
 * One executed order.
 *
 * @param symbol     the symbol
 * @param time       the start of the bar it filled in
 * @param side       buy or sell
 * @param quantity   shares, positive
 * @param price      fill price after slippage
 * @param commission dollars charged
 * @param type       the order's type
 */
public record Fill(Symbol symbol, Instant time, Side side, long quantity, double price, double commission,
                   OrderType type) {

    /**
     * The signed quantity.
     *
     * @return positive for a buy, negative for a sell
     */
    public long signedQuantity() {
        return side == Side.BUY ? quantity : -quantity;
    }

    /**
     * The traded value.
     *
     * @return quantity times price, in dollars
     */
    public double value() {
        return quantity * price;
    }
}
