package dev.artificer.component.backtest;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Order;
import java.util.ArrayList;
import java.util.List;

/** One symbol's state during a backtest: position, last price, open orders and the prices buy-and-hold needs. */
final class SymbolBook {

    /** An open order and the symbol's bar count when it was placed (it may fill from the next bar on). */
    record OpenOrder(String id, Order order, long placedAtBar) {
    }

    final Symbol symbol;
    final List<OpenOrder> orders = new ArrayList<>();
    long position;
    double mark = Double.NaN;
    double firstOpen = Double.NaN;
    long bars;

    SymbolBook(Symbol symbol) {
        this.symbol = symbol;
    }

    double value() {
        return Double.isNaN(mark) ? 0 : position * mark;
    }

    double grossValue() {
        return Double.isNaN(mark) ? 0 : Math.abs(position) * mark;
    }

    double buyAndHoldReturn() {
        return mark / firstOpen - 1;
    }
}
