package dev.artificer.component.backtest;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.component.strategy.Order;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a backtest did.
 *
 * @param strategy         the strategy's name with its parameters
 * @param timeframe        the bar size of the run, or {@code null} when there were no bars
 * @param initialCash      the equity at the start, from which the returns are measured: the cash, or with an
 *                         {@link Opening} that holds positions, the account's value at the last prices before the
 *                         first bar that trades
 * @param fills            every executed order, in time order
 * @param rejections       orders refused, with the reason
 * @param equityCurve      the equity after each point in time
 * @param finalCash        cash at the end
 * @param finalPositions   the positions still open at the end, by symbol
 * @param buyAndHoldReturn the benchmark: the average over the symbols of last close / first open - 1
 * @param opening          the state the account started in (flat with the initial cash unless the run continued
 *                         another)
 * @param finalMarks       the last price of each symbol still held at the end
 * @param workingOrders    the orders still working at the end
 */
public record BacktestResult(String strategy, Timeframe timeframe, double initialCash, List<Fill> fills,
                             List<Rejection> rejections, EquityCurve equityCurve, double finalCash,
                             Map<Symbol, Long> finalPositions, double buyAndHoldReturn, Opening opening,
                             Map<Symbol, Double> finalMarks, List<Order> workingOrders) {

    /** Copies the collections. */
    public BacktestResult {
        fills = List.copyOf(fills);
        rejections = List.copyOf(rejections);
        finalPositions = Map.copyOf(finalPositions);
        finalMarks = Map.copyOf(finalMarks);
        workingOrders = List.copyOf(workingOrders);
    }

    /**
     * The state the account ended in, from which a following run can continue as the same account: the final cash,
     * the lots still open (matched first-in-first-out from the opening's lots and the fills), their marks and the
     * working orders. Computed on each call.
     *
     * @return the closing state
     */
    public Opening closing() {
        List<Fill> lots = Trades.openLots(Trades.withOpeningLots(this));
        Map<Symbol, Double> marks = new LinkedHashMap<>();
        lots.forEach(lot -> marks.put(lot.symbol(), finalMarks.get(lot.symbol())));
        return new Opening(finalCash, lots, marks, workingOrders);
    }

    /**
     * The equity at the end.
     *
     * @return dollars; the initial cash when there were no bars
     */
    public double finalEquity() {
        return equityCurve.size() == 0 ? initialCash : equityCurve.last();
    }

    /**
     * The total return over the run, from the initial cash.
     *
     * @return e.g. 0.12 for +12 %
     */
    public double totalReturn() {
        return finalEquity() / initialCash - 1;
    }

    /**
     * The largest fall from a peak of equity, as a fraction of that peak.
     *
     * @return e.g. 0.25 for a 25 % drawdown; 0 when equity never fell
     */
    public double maxDrawdown() {
        double peak = initialCash;
        double worst = 0;
        for (int index = 0; index < equityCurve.size(); index++) {
            double equity = equityCurve.equity(index);
            peak = Math.max(peak, equity);
            worst = Math.max(worst, (peak - equity) / peak);
        }
        return worst;
    }

    /**
     * Commissions paid.
     *
     * @return dollars
     */
    public double feesPaid() {
        return fills.stream().map(fill -> BigDecimal.valueOf(fill.commission())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .doubleValue();
    }
}
