package dev.artificer.system.algotrader.backtest;

import java.util.List;

/**
 * What a backtest did.
 *
 * @param strategy       the strategy's name
 * @param fills          every executed order, in time order
 * @param rejectedOrders orders refused because cash did not cover them
 * @param equityCurve    the equity after each bar
 * @param finalCash      cash at the end
 */
public record BacktestResult(String strategy, List<Fill> fills, int rejectedOrders, List<EquityPoint> equityCurve,
                             double finalCash) {

    /** Copies the lists. */
    public BacktestResult {
        fills = List.copyOf(fills);
        equityCurve = List.copyOf(equityCurve);
    }

    /**
     * The total return over the run.
     *
     * @return e.g. 0.12 for +12 %
     */
    public double totalReturn() {
        return equityCurve.isEmpty() ? 0 : equityCurve.getLast().equity() / equityCurve.getFirst().equity() - 1;
    }

    /**
     * The largest fall from a peak of equity, as a fraction of that peak.
     *
     * @return e.g. 0.25 for a 25 % drawdown; 0 when equity never fell
     */
    public double maxDrawdown() {
        double peak = Double.NEGATIVE_INFINITY;
        double worst = 0;
        for (EquityPoint point : equityCurve) {
            peak = Math.max(peak, point.equity());
            worst = Math.max(worst, (peak - point.equity()) / peak);
        }
        return worst;
    }

    /**
     * Commissions paid.
     *
     * @return dollars
     */
    public double feesPaid() {
        return fills.stream().mapToDouble(Fill::commission).sum();
    }
}
