package dev.artificer.system.algotrader.adapters.schwab;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.trader.EquityOrder;
import dev.artificer.infrastructure.schwab.trader.Instruction;
import dev.artificer.infrastructure.schwab.trader.OrderReport;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.trading.broker.BrokerException;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * Translates between the trading core's orders and Schwab's: an order becomes an equity order whose instruction
 * follows the position held (a sell of more than is held long opens a short, a buy while short covers), and
 * Schwab's order reports become broker orders and fills.
 */
final class SchwabOrders {

    private SchwabOrders() {
    }

    /**
     * The equity order for an order.
     *
     * @param order the order
     * @param held  shares of its symbol held now; negative when short
     * @return Schwab's order
     * @throws BrokerException when Schwab cannot take it in one order: a stop order, or one crossing from long to
     *                         short (or back)
     */
    static EquityOrder equityOrder(Order order, long held) {
        Instruction instruction = instruction(order, held);
        return switch (order.type()) {
            case MARKET -> EquityOrder.market(order.symbol(), instruction, order.quantity());
            case LIMIT -> EquityOrder.limit(order.symbol(), instruction, order.quantity(), order.price());
            case STOP -> throw new BrokerException("the Schwab broker sends market and limit orders only; "
                    + describe(order) + " was not sent");
        };
    }

    /**
     * Schwab's instruction for an order, given the position.
     *
     * @param order the order
     * @param held  shares held; negative when short
     * @return BUY or BUY_TO_COVER for a buy, SELL or SELL_SHORT for a sell
     * @throws BrokerException when the order would cross from long to short or back
     */
    static Instruction instruction(Order order, long held) {
        if (order.side() == Side.BUY) {
            if (held >= 0) {
                return Instruction.BUY;
            }
            if (order.quantity() <= -held) {
                return Instruction.BUY_TO_COVER;
            }
        } else {
            if (held <= 0) {
                return Instruction.SELL_SHORT;
            }
            if (order.quantity() <= held) {
                return Instruction.SELL;
            }
        }
        throw new BrokerException(describe(order) + " with " + held + " shares held would cross from "
                + (held > 0 ? "long to short" : "short to long") + " in one order, which Schwab does not take; "
                + "it was not sent (close the position first)");
    }

    /**
     * A Schwab order as the trading core sees it, when it is a single-leg equity market or limit order of whole
     * shares (orders entered by other means, such as options, are left out).
     *
     * @param report Schwab's report
     * @return the order, without a client key (Schwab carries none)
     */
    static Optional<BrokerOrder> brokerOrder(OrderReport report) {
        return order(report).map(order -> new BrokerOrder(Long.toString(report.orderId()), null, order,
                status(report.status()), (long) report.filledQuantity(),
                report.averageFillPrice() == null ? Double.NaN : report.averageFillPrice(), report.enteredTime(),
                report.statusDescription()));
    }

    /**
     * The execution of a Schwab order once it is done: all its filled shares at their average price. A partly
     * filled order that is still working reports its progress through {@link #brokerOrder} and becomes a fill
     * when it completes, is cancelled or expires, so that every share is reported exactly once.
     *
     * @param report Schwab's report
     * @return the fill, when the order is done and filled at least in part
     */
    static Optional<BrokerFill> fill(OrderReport report) {
        if (!report.status().terminal() || report.filledQuantity() < 1 || report.averageFillPrice() == null) {
            return Optional.empty();
        }
        return order(report).map(order -> new BrokerFill(Long.toString(report.orderId()),
                Long.toString(report.orderId()), order.symbol(), order.side(), (long) report.filledQuantity(),
                report.averageFillPrice(), 0.0, report.closeTime() == null ? report.enteredTime()
                : report.closeTime()));
    }

    /**
     * The trading core's status for Schwab's.
     *
     * @param status Schwab's status
     * @return filled, cancelled (also expired or replaced), rejected, or else working
     */
    static OrderStatus status(dev.artificer.infrastructure.schwab.trader.OrderStatus status) {
        return switch (status) {
            case FILLED -> OrderStatus.FILLED;
            case CANCELED, EXPIRED, REPLACED -> OrderStatus.CANCELLED;
            case REJECTED -> OrderStatus.REJECTED;
            default -> OrderStatus.WORKING;
        };
    }

    /**
     * An order in a few words for messages.
     *
     * @param order the order
     * @return e.g. {@code buy 10 AAPL limit 199.99}
     */
    static String describe(Order order) {
        return order.side().name().toLowerCase(Locale.ROOT) + " " + order.quantity() + " " + order.symbol() + " "
                + order.type().name().toLowerCase(Locale.ROOT) + (Double.isNaN(order.price()) ? "" : " " + order.price());
    }

    private static Optional<Order> order(OrderReport report) {
        Side side = side(report.instruction());
        long quantity = (long) report.quantity();
        if (side == null || report.symbol() == null || quantity < 1 || quantity != report.quantity()) {
            return Optional.empty();
        }
        try {
            Symbol symbol = Symbol.of(report.symbol());
            if ("MARKET".equals(report.orderType())) {
                return Optional.of(Order.market(symbol, side, quantity));
            }
            if ("LIMIT".equals(report.orderType()) && report.price() != null) {
                return Optional.of(Order.limit(symbol, side, quantity, report.price()));
            }
            return Optional.empty();
        } catch (IllegalArgumentException notAnEquityOrder) {
            return Optional.empty();
        }
    }

    private static Side side(String instruction) {
        if (instruction == null) {
            return null;
        }
        return switch (instruction) {
            case "BUY", "BUY_TO_COVER" -> Side.BUY;
            case "SELL", "SELL_SHORT" -> Side.SELL;
            default -> null;
        };
    }
}
