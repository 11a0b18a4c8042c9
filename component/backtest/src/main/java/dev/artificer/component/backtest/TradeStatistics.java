package dev.artificer.component.backtest;

import java.math.BigDecimal;
import java.util.List;

/**
 * Sums over round trips, from which {@link PerformanceMetrics} takes its trade metrics.
 *
 * @param count      trades
 * @param wins       trades with a positive pnl
 * @param losses     trades with a negative pnl
 * @param grossWin   the sum of the positive pnls
 * @param grossLoss  the sum of the negative pnls, as a positive number
 * @param net        the sum of all pnls
 */
record TradeStatistics(int count, int wins, int losses, double grossWin, double grossLoss, double net) {

    /** Sums the trades' pnls in decimals, so that exact pnls give exact sums. */
    static TradeStatistics of(List<Trade> trades) {
        int wins = 0;
        int losses = 0;
        BigDecimal grossWin = BigDecimal.ZERO;
        BigDecimal grossLoss = BigDecimal.ZERO;
        for (Trade trade : trades) {
            if (trade.pnl() > 0) {
                wins++;
                grossWin = grossWin.add(BigDecimal.valueOf(trade.pnl()));
            } else if (trade.pnl() < 0) {
                losses++;
                grossLoss = grossLoss.subtract(BigDecimal.valueOf(trade.pnl()));
            }
        }
        return new TradeStatistics(trades.size(), wins, losses, grossWin.doubleValue(), grossLoss.doubleValue(),
                grossWin.subtract(grossLoss).doubleValue());
    }

    double winRate() {
        return count == 0 ? Double.NaN : (double) wins / count;
    }

    double profitFactor() {
        return grossLoss == 0 ? (grossWin == 0 ? Double.NaN : Double.POSITIVE_INFINITY) : grossWin / grossLoss;
    }

    double expectancy() {
        return count == 0 ? Double.NaN : net / count;
    }

    double averageWin() {
        return wins == 0 ? Double.NaN : grossWin / wins;
    }

    double averageLoss() {
        return losses == 0 ? Double.NaN : -grossLoss / losses;
    }
}
