package dev.artificer.system.algotrader.cli;

import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.BrokerPosition;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The account as {@code positions --json} prints it.
 *
 * @param broker        the broker's name, e.g. {@code paper}
 * @param cash          the cash
 * @param equity        cash plus the positions' market value
 * @param positions     the open positions
 * @param workingOrders the orders not filled or cancelled yet
 */
record AccountDocument(String broker, double cash, double equity, List<Position> positions, List<WorkingOrder> workingOrders) {

    /**
     * One position.
     *
     * @param symbol        the symbol
     * @param quantity      shares, negative when short
     * @param averagePrice  the average entry price
     * @param marketPrice   the last price
     * @param marketValue   quantity times the last price
     * @param unrealizedPnl the gain or loss not realised yet
     */
    record Position(String symbol, long quantity, double averagePrice, double marketPrice, double marketValue,
                    double unrealizedPnl) {
    }

    /**
     * One working order.
     *
     * @param id        the broker's order id
     * @param symbol    the symbol
     * @param side      {@code buy} or {@code sell}
     * @param quantity  shares
     * @param type      {@code market}, {@code limit} or {@code stop}
     * @param price     the limit or stop price; null for a market order
     * @param enteredAt when it was placed
     */
    record WorkingOrder(String id, String symbol, String side, long quantity, String type, Double price, Instant enteredAt) {
    }

    static AccountDocument of(String broker, AccountSnapshot snapshot, List<BrokerOrder> open) {
        List<Position> positions = snapshot.positions().stream().map((BrokerPosition position) -> new Position(
                position.symbol().value(), position.quantity(), position.averagePrice(), position.marketPrice(),
                position.marketValue(), position.unrealizedPnl())).toList();
        List<WorkingOrder> orders = open.stream().map(order -> new WorkingOrder(order.brokerOrderId(),
                order.order().symbol().value(), order.order().side().name().toLowerCase(Locale.ROOT), order.order().quantity(),
                order.order().type().name().toLowerCase(Locale.ROOT), JsonOutput.number(order.order().price()),
                order.enteredAt())).toList();
        return new AccountDocument(broker, snapshot.cash(), snapshot.equity(), positions, orders);
    }
}
