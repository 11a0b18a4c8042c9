package dev.artificer.component.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent ledger for invariant tests, kept from a run's fills alone with first-in-first-out lots and its own
 * arithmetic: positions, realised P&L before commission, fees, and the unrealised P&L at the bars' closes.
 */
final class Bookkeeping {

    private final List<Fill> fills;
    private final Map<Symbol, Deque<double[]>> lots = new HashMap<>();
    private final Map<Symbol, Long> positions = new HashMap<>();
    private int next;
    private double realised;
    private double fees;

    private Bookkeeping(List<Fill> fills) {
        this.fills = fills;
    }

    /**
     * Checks that at every point of the run's curve, equity = initial cash + realised P&L + unrealised P&L - fees,
     * and that the trades' P&L before commission adds up to the realised P&L.
     */
    static void assertBalances(BacktestResult result, List<Bar> bars, String label) {
        Bookkeeping ledger = new Bookkeeping(result.fills());
        EquityCurve curve = result.equityCurve();
        List<Bar> ordered = bars.stream().sorted(Comparator.comparing(Bar::start)).toList();
        Map<Symbol, Double> marks = new HashMap<>();
        int barIndex = 0;
        for (int point = 0; point < curve.size(); point++) {
            while (barIndex < ordered.size() && !ordered.get(barIndex).start().isAfter(curve.time(point))) {
                marks.put(ordered.get(barIndex).symbol(), ordered.get(barIndex).close());
                barIndex++;
            }
            ledger.applyUntil(curve.time(point).toEpochMilli());
            double expected = result.initialCash() + ledger.realised + ledger.unrealised(marks) - ledger.fees;
            assertThat(curve.equity(point)).as("%s, point %d (%s)", label, point, curve.time(point))
                    .isCloseTo(expected, within(1e-6));
        }
        double tradesGross = Trades.of(result).stream().mapToDouble(trade -> trade.pnl() + trade.commission()).sum();
        assertThat(tradesGross).as("%s: realised P&L of the trades", label).isCloseTo(ledger.realised, within(1e-6));
    }

    /** The share of the run's curve points at which the fills leave some position open. */
    static double countedExposure(BacktestResult result) {
        Bookkeeping ledger = new Bookkeeping(result.fills());
        EquityCurve curve = result.equityCurve();
        int invested = 0;
        for (int point = 0; point < curve.size(); point++) {
            ledger.applyUntil(curve.time(point).toEpochMilli());
            if (ledger.positions.values().stream().anyMatch(position -> position != 0)) {
                invested++;
            }
        }
        return (double) invested / curve.size();
    }

    private void applyUntil(long epochMillis) {
        while (next < fills.size() && fills.get(next).time().toEpochMilli() <= epochMillis) {
            apply(fills.get(next++));
        }
    }

    private void apply(Fill fill) {
        fees += fill.commission();
        positions.merge(fill.symbol(), fill.signedQuantity(), Long::sum);
        Deque<double[]> open = lots.computeIfAbsent(fill.symbol(), symbol -> new ArrayDeque<>());
        double left = fill.signedQuantity();
        while (left != 0 && !open.isEmpty() && Math.signum(open.peekFirst()[0]) != Math.signum(left)) {
            double[] lot = open.peekFirst();
            double matched = Math.min(Math.abs(left), Math.abs(lot[0])) * Math.signum(lot[0]);
            realised += matched * (fill.price() - lot[1]);
            lot[0] -= matched;
            left += matched;
            if (lot[0] == 0) {
                open.removeFirst();
            }
        }
        if (left != 0) {
            open.addLast(new double[] {left, fill.price()});
        }
    }

    private double unrealised(Map<Symbol, Double> marks) {
        double sum = 0;
        for (Map.Entry<Symbol, Deque<double[]>> entry : lots.entrySet()) {
            for (double[] lot : entry.getValue()) {
                sum += lot[0] * (marks.get(entry.getKey()) - lot[1]);
            }
        }
        return sum;
    }
}
