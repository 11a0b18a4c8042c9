package dev.artificer.component.backtest;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.backtest.Trade.Direction;
import dev.artificer.component.strategy.OrderType;
import dev.artificer.component.strategy.Side;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns fills into round trips, first-in-first-out per symbol. A fill in the direction of the open position (or from
 * flat) opens a lot; a fill against it closes the oldest lots first and becomes one {@link Trade} whose entry is the
 * quantity-weighted average of the lots it closed, so scaling in averages the entry and every partial close is a trade
 * of its own. A fill larger than the open position (a flip from long to short or back) closes the whole position as
 * one trade and opens a new lot with the rest. Commissions are prorated by quantity: a lot carries its share of its
 * fill's commission into the trade that closes it, and a closing fill's commission is split between the trade and
 * the lot it opens. Money is counted in decimals from the prices, quantities and commissions as given, so a pnl
 * is exact (e.g. {@code -131.0}, not {@code -131.00000000000728}). Positions still open after the last fill are not
 * trades.
 */
public final class Trades {

    private Trades() {
    }

    /**
     * The round trips of a backtest, including those that close lots it opened with.
     *
     * @param result the backtest
     * @return the trades its fills closed, in the order they closed
     */
    public static List<Trade> of(BacktestResult result) {
        return from(withOpeningLots(result));
    }

    /**
     * The round trips of fills.
     *
     * @param fills the fills of an account that started flat, in time order
     * @return the closed trades, in the order they closed
     */
    public static List<Trade> from(List<Fill> fills) {
        Map<Symbol, Deque<Lot>> openLots = new LinkedHashMap<>();
        return List.copyOf(match(fills, openLots));
    }

    /**
     * The lots still open after fills, each as a fill of its open quantity carrying its part of the commission (the
     * order type is not kept: the fill says market).
     *
     * @param fills the fills of an account that started flat, in time order
     * @return the open lots, by symbol in order of first appearance, oldest first
     */
    public static List<Fill> openLots(List<Fill> fills) {
        Map<Symbol, Deque<Lot>> openLots = new LinkedHashMap<>();
        match(fills, openLots);
        List<Fill> lots = new ArrayList<>();
        openLots.forEach((symbol, open) -> open.forEach(lot -> lots.add(new Fill(symbol, lot.time(),
                lot.direction() == Direction.LONG ? Side.BUY : Side.SELL, lot.quantity(), lot.price(),
                lot.commission().doubleValue(), OrderType.MARKET))));
        return List.copyOf(lots);
    }

    /** The opening lots of a run followed by its fills. */
    static List<Fill> withOpeningLots(BacktestResult result) {
        if (result.opening().lots().isEmpty()) {
            return result.fills();
        }
        List<Fill> all = new ArrayList<>(result.opening().lots());
        all.addAll(result.fills());
        return all;
    }

    private static List<Trade> match(List<Fill> fills, Map<Symbol, Deque<Lot>> openLots) {
        List<Trade> trades = new ArrayList<>();
        for (Fill fill : fills) {
            Deque<Lot> lots = openLots.computeIfAbsent(fill.symbol(), symbol -> new ArrayDeque<>());
            Direction direction = fill.side() == Side.BUY ? Direction.LONG : Direction.SHORT;
            long remaining = fill.quantity();
            if (!lots.isEmpty() && lots.peekFirst().direction() != direction) {
                long closed = Math.min(remaining, lots.stream().mapToLong(Lot::quantity).sum());
                trades.add(close(lots, fill, closed));
                remaining -= closed;
            }
            if (remaining > 0) {
                lots.addLast(new Lot(direction, fill.time(), fill.price(), BigDecimal.valueOf(fill.price()), remaining,
                        share(decimal(fill.commission()), remaining, fill.quantity())));
            }
        }
        return trades;
    }

    private static Trade close(Deque<Lot> lots, Fill fill, long quantity) {
        Lot oldest = lots.peekFirst();
        BigDecimal entryCost = BigDecimal.ZERO;
        BigDecimal commission = share(decimal(fill.commission()), quantity, fill.quantity());
        long left = quantity;
        int taken = 0;
        while (left > 0) {
            Lot lot = lots.removeFirst();
            long part = Math.min(left, lot.quantity());
            entryCost = entryCost.add(BigDecimal.valueOf(part).multiply(lot.decimalPrice()));
            commission = commission.add(share(lot.commission(), part, lot.quantity()));
            left -= part;
            taken++;
            if (part < lot.quantity()) {
                lots.addFirst(lot.less(part));
            }
        }
        BigDecimal exitValue = BigDecimal.valueOf(quantity).multiply(BigDecimal.valueOf(fill.price()));
        BigDecimal gross = oldest.direction() == Direction.LONG ? exitValue.subtract(entryCost)
                : entryCost.subtract(exitValue);
        double entryPrice = taken == 1 ? oldest.price() : entryCost.doubleValue() / quantity;
        return new Trade(fill.symbol(), oldest.direction(), oldest.time(), entryPrice, fill.time(), fill.price(),
                quantity, commission.doubleValue(), gross.subtract(commission).doubleValue());
    }

    /** A dollar amount as the decimal it prints as. */
    private static BigDecimal decimal(double amount) {
        return amount == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(amount);
    }

    /** The part of a commission that {@code part} of {@code whole} shares carry. */
    private static BigDecimal share(BigDecimal commission, long part, long whole) {
        return part == whole || commission.signum() == 0 ? commission
                : commission.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
    }

    /**
     * Shares opened by one fill and not yet closed, with the part of that fill's commission they carry; the price
     * also as the decimal it prints as, made once.
     */
    private record Lot(Direction direction, Instant time, double price, BigDecimal decimalPrice, long quantity,
                       BigDecimal commission) {

        Lot less(long closed) {
            return new Lot(direction, time, price, decimalPrice, quantity - closed,
                    commission.subtract(share(commission, closed, quantity)));
        }
    }
}
