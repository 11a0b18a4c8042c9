package dev.artificer.component.backtest;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.backtest.Trade.Direction;
import dev.artificer.component.strategy.Side;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns fills into round trips, first-in-first-out per symbol. A fill in the direction of the open position (or from
 * flat) opens a lot; a fill against it closes the oldest lots first and becomes one {@link Trade} whose entry is the
 * quantity-weighted average of the lots it closed, so scaling in averages the entry and every partial close is a trade
 * of its own. A fill larger than the open position (a flip from long to short or back) closes the whole position as
 * one trade and opens a new lot with the rest. Commissions are prorated by quantity: a lot carries its share of its
 * fill's commission into the trade that closes it, and a closing fill's commission is split between the trade and
 * the lot it opens. Positions still open after the last fill are not trades.
 */
public final class Trades {

    private Trades() {
    }

    /**
     * The round trips of a backtest.
     *
     * @param fills the fills, in time order
     * @return the closed trades, in the order they closed
     */
    public static List<Trade> from(List<Fill> fills) {
        Map<Symbol, Deque<Lot>> openLots = new HashMap<>();
        List<Trade> trades = new ArrayList<>();
        for (Fill fill : fills) {
            Deque<Lot> lots = openLots.computeIfAbsent(fill.symbol(), symbol -> new ArrayDeque<>());
            Direction direction = fill.side() == Side.BUY ? Direction.LONG : Direction.SHORT;
            double commissionPerShare = fill.commission() / fill.quantity();
            long remaining = fill.quantity();
            if (!lots.isEmpty() && lots.peekFirst().direction() != direction) {
                long closed = Math.min(remaining, lots.stream().mapToLong(Lot::quantity).sum());
                trades.add(close(lots, fill, closed, commissionPerShare));
                remaining -= closed;
            }
            if (remaining > 0) {
                lots.addLast(new Lot(direction, fill.time(), fill.price(), remaining, commissionPerShare));
            }
        }
        return List.copyOf(trades);
    }

    private static Trade close(Deque<Lot> lots, Fill fill, long quantity, double exitCommissionPerShare) {
        Lot oldest = lots.peekFirst();
        double entryCost = 0;
        double commission = quantity * exitCommissionPerShare;
        long left = quantity;
        while (left > 0) {
            Lot lot = lots.removeFirst();
            long taken = Math.min(left, lot.quantity());
            entryCost += taken * lot.price();
            commission += taken * lot.commissionPerShare();
            left -= taken;
            if (taken < lot.quantity()) {
                lots.addFirst(lot.less(taken));
            }
        }
        double sign = oldest.direction() == Direction.LONG ? 1 : -1;
        double pnl = sign * (quantity * fill.price() - entryCost) - commission;
        return new Trade(fill.symbol(), oldest.direction(), oldest.time(), entryCost / quantity, fill.time(),
                fill.price(), quantity, commission, pnl);
    }

    /** Shares opened by one fill and not yet closed. */
    private record Lot(Direction direction, Instant time, double price, long quantity, double commissionPerShare) {

        Lot less(long closed) {
            return new Lot(direction, time, price, quantity - closed, commissionPerShare);
        }
    }
}
