package dev.artificer.component.backtest.tearsheet;

import dev.artificer.component.backtest.BacktestResult;
import dev.artificer.component.backtest.Fill;
import dev.artificer.component.backtest.Trade;
import dev.artificer.component.backtest.Trade.Direction;
import dev.artificer.component.backtest.Trades;
import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.strategy.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The round trips of a backtest with their maximum adverse and favourable excursions. A position's price path is its
 * entry price, the high and low of every bar from the entry bar up to (not including) the exit bar, and the exit
 * price: fills happen at a bar's open (or at a limit or stop price inside it), so the exit bar's range after the
 * fill is not part of the trade. An entry filled at the signal bar's close (the optimistic fill rule) counts that
 * bar's whole range, slightly overstating both excursions. The position still open at the end, per symbol, is one
 * more round trip marked to the last price, its path running through the last bar.
 */
public final class RoundTrips {

    private RoundTrips() {
    }

    /**
     * The round trips.
     *
     * @param result the backtest
     * @param bars   the bars it replayed
     * @return the closed trades in the order they closed, then the open positions
     */
    public static List<RoundTrip> of(BacktestResult result, List<Bar> bars) {
        Map<Symbol, List<Bar>> bySymbol = new LinkedHashMap<>();
        bars.stream().sorted(Comparator.comparing(Bar::start))
                .forEach(bar -> bySymbol.computeIfAbsent(bar.symbol(), symbol -> new ArrayList<>()).add(bar));
        List<RoundTrip> trips = new ArrayList<>();
        for (Trade trade : Trades.of(result)) {
            double[] range = range(bySymbol.getOrDefault(trade.symbol(), List.of()), trade.entryTime(),
                    trade.exitTime(), false);
            trips.add(excursions(trade.symbol(), trade.direction(), trade.entryTime(), trade.entryPrice(),
                    trade.exitTime(), trade.exitPrice(), trade.quantity(), trade.pnl(), range, false));
        }
        Map<Symbol, List<Fill>> lots = new LinkedHashMap<>();
        result.closing().lots().forEach(lot -> lots.computeIfAbsent(lot.symbol(), symbol -> new ArrayList<>()).add(lot));
        lots.forEach((symbol, open) -> trips.add(open(symbol, open, result.finalMarks().get(symbol),
                bySymbol.getOrDefault(symbol, List.of()))));
        return List.copyOf(trips);
    }

    private static RoundTrip open(Symbol symbol, List<Fill> lots, double mark, List<Bar> bars) {
        Direction direction = lots.getFirst().side() == Side.BUY ? Direction.LONG : Direction.SHORT;
        long quantity = lots.stream().mapToLong(Fill::quantity).sum();
        double cost = lots.stream().mapToDouble(Fill::value).sum();
        double commission = lots.stream().mapToDouble(Fill::commission).sum();
        double entry = cost / quantity;
        double gross = direction == Direction.LONG ? mark * quantity - cost : cost - mark * quantity;
        Instant entryTime = lots.getFirst().time();
        Instant last = bars.isEmpty() ? entryTime : bars.getLast().start();
        double[] range = range(bars, entryTime, last, true);
        return excursions(symbol, direction, entryTime, entry, last, mark, quantity, gross - commission, range, true);
    }

    private static RoundTrip excursions(Symbol symbol, Direction direction, Instant entryTime, double entryPrice,
                                        Instant exitTime, double exitPrice, long quantity, double pnl, double[] range,
                                        boolean open) {
        double low = Math.min(range[0], Math.min(entryPrice, exitPrice));
        double high = Math.max(range[1], Math.max(entryPrice, exitPrice));
        double mae = direction == Direction.LONG ? low / entryPrice - 1 : 1 - high / entryPrice;
        double mfe = direction == Direction.LONG ? high / entryPrice - 1 : 1 - low / entryPrice;
        return new RoundTrip(symbol, direction, entryTime, entryPrice, exitTime, exitPrice, quantity, pnl, mae, mfe,
                open);
    }

    /** The lowest low and highest high of the bars starting in [from, to), or [from, to] when inclusive. */
    private static double[] range(List<Bar> bars, Instant from, Instant to, boolean inclusive) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int index = firstAtOrAfter(bars, from); index < bars.size(); index++) {
            Bar bar = bars.get(index);
            int order = bar.start().compareTo(to);
            if (order > 0 || order == 0 && !inclusive) {
                break;
            }
            low = Math.min(low, bar.low());
            high = Math.max(high, bar.high());
        }
        return new double[] {low, high};
    }

    private static int firstAtOrAfter(List<Bar> bars, Instant time) {
        int low = 0;
        int high = bars.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (bars.get(middle).start().isBefore(time)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
