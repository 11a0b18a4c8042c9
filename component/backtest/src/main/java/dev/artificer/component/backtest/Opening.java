package dev.artificer.component.backtest;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Order;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state an account starts a run in, so that consecutive runs form one account (the out-of-sample windows of a
 * walk-forward): its cash, the lots still open with their entries, the last price of each symbol held and the orders
 * still working. A run that starts from a previous run's {@link BacktestResult#closing()} continues where it ended.
 *
 * @param cash   dollars
 * @param lots   the open lots, oldest first, each as the fill that opened it (time, side, quantity, price and the
 *               part of its commission the lot carries), so that the trade closing it keeps its entry
 * @param marks  the last price of each symbol with an open lot, at which it is valued until a bar of the run marks it
 * @param orders orders placed before the run and still working; they may fill from the first bar of the run on
 */
public record Opening(double cash, List<Fill> lots, Map<Symbol, Double> marks, List<Order> orders) {

    /**
     * Copies the collections and checks that every lot has a mark.
     *
     * @throws IllegalArgumentException when the cash is not finite or a held symbol has no mark
     */
    public Opening {
        if (!Double.isFinite(cash)) {
            throw new IllegalArgumentException("opening cash must be finite (got " + cash + ")");
        }
        lots = List.copyOf(lots);
        marks = Map.copyOf(marks);
        orders = List.copyOf(orders);
        for (Fill lot : lots) {
            if (!marks.containsKey(lot.symbol())) {
                throw new IllegalArgumentException("opening lot of " + lot.symbol() + " has no mark");
            }
        }
    }

    /**
     * A flat account with nothing working.
     *
     * @param cash dollars
     * @return the opening
     */
    public static Opening cash(double cash) {
        return new Opening(cash, List.of(), Map.of(), List.of());
    }

    /**
     * The opening position of each symbol.
     *
     * @return signed shares by symbol, without symbols that net to zero
     */
    public Map<Symbol, Long> positions() {
        Map<Symbol, Long> positions = new LinkedHashMap<>();
        for (Fill lot : lots) {
            positions.merge(lot.symbol(), lot.signedQuantity(), Long::sum);
        }
        positions.values().removeIf(position -> position == 0);
        return positions;
    }

    /**
     * The account's value at its marks.
     *
     * @return cash plus every lot at its symbol's mark
     */
    public double equity() {
        double value = cash;
        for (Fill lot : lots) {
            value += lot.signedQuantity() * marks.get(lot.symbol());
        }
        return value;
    }
}
