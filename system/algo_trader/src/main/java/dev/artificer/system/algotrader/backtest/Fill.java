package dev.artificer.system.algotrader.backtest;

import dev.artificer.component.market.Symbol;
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
 */
public record Fill(Symbol symbol, Instant time, Side side, long quantity, double price, double commission) {
}
