package dev.artificer.system.algotrader.trading;

import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.config.TradingMode;
import dev.artificer.component.strategy.Order;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the journal's orders in step with the broker's: adopts orders a crash left in {@code PENDING_SEND} that the
 * broker has (never sending them again), follows working orders to their fills, and cancels.
 */
public final class OrderBook {

    private static final Logger LOG = LoggerFactory.getLogger(OrderBook.class);
    /** How much earlier than its journal row an order may appear at the broker (clock differences). */
    private static final Duration SKEW = Duration.ofMinutes(1);

    private final Broker broker;
    private final TradingMode mode;
    private final DecisionJournal journal;
    private final TradingTelemetry telemetry;
    private final BrokerHealth health;
    private final TradingEvents events;
    private final Clock clock;

    /**
     * Creates the book.
     *
     * @param broker    the broker
     * @param mode      paper or live, for the telemetry
     * @param journal   the journal
     * @param telemetry the dashboard's events
     * @param health    counts broker errors
     * @param events    told of each new fill
     * @param clock     the time
     */
    public OrderBook(Broker broker, TradingMode mode, DecisionJournal journal, TradingTelemetry telemetry,
                     BrokerHealth health, TradingEvents events, Clock clock) {
        this.broker = broker;
        this.mode = mode;
        this.journal = journal;
        this.telemetry = telemetry;
        this.health = health;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Settles every order journaled as {@code PENDING_SEND}: one the broker has is adopted with the broker's id and
     * status; one it does not have is marked failed. Neither is sent again.
     *
     * @return how many were settled
     */
    public int reconcile() {
        List<JournaledOrder> pending = journal.openOrders(broker.name()).stream()
                .filter(order -> order.status() == OrderStatus.PENDING_SEND).toList();
        if (pending.isEmpty()) {
            return 0;
        }
        Instant since = pending.stream().map(JournaledOrder::createdAt).min(Comparator.naturalOrder()).orElseThrow()
                .minus(SKEW);
        List<BrokerOrder> atBroker = health.read("listing orders", () -> broker.orders(since));
        Set<String> claimed = new HashSet<>();
        for (JournaledOrder order : pending) {
            Optional<BrokerOrder> match = match(order, atBroker, claimed);
            if (match.isPresent()) {
                claimed.add(match.get().brokerOrderId());
                adopt(order, match.get());
            } else {
                LOG.warn("order {} ({}) was not found at {} after a restart; it is marked failed and NOT sent again",
                        order.clientKey(), describe(order.order()), broker.name());
                changed(order.clientKey(), null, OrderStatus.FAILED, 0, Double.NaN,
                        "not found at the broker after a restart; not sent again");
            }
        }
        return pending.size();
    }

    /**
     * Settles one order that may or may not have reached the broker (its sending failed).
     *
     * @param order the order, {@code PENDING_SEND}
     * @return true when the broker had it
     */
    boolean settle(JournaledOrder order) {
        List<BrokerOrder> atBroker = health.read("listing orders", () -> broker.orders(order.createdAt().minus(SKEW)));
        Optional<BrokerOrder> match = match(order, atBroker, Set.of());
        match.ifPresent(found -> adopt(order, found));
        return match.isPresent();
    }

    /**
     * Brings the working orders' status and fills up to date from the broker; each fill journaled now is told to the
     * {@link TradingEvents}.
     *
     * @return the fills journaled now
     */
    public int sync() {
        List<JournaledOrder> working = journal.openOrders(broker.name()).stream()
                .filter(order -> order.status() == OrderStatus.WORKING && order.brokerOrderId() != null).toList();
        if (working.isEmpty()) {
            return 0;
        }
        Instant since = working.getFirst().createdAt().minus(SKEW);
        Map<String, BrokerOrder> atBroker = health.read("listing orders", () -> broker.orders(since)).stream()
                .collect(Collectors.toMap(BrokerOrder::brokerOrderId, order -> order, (first, second) -> second));
        int fills = 0;
        for (BrokerFill fill : health.read("listing fills", () -> broker.fills(since))) {
            if (journal.recordFill(broker.name(), fill)) {
                fills++;
                events.filled(fill);
            }
        }
        for (JournaledOrder order : working) {
            BrokerOrder now = atBroker.get(order.brokerOrderId());
            if (now != null) {
                changed(order.clientKey(), now.brokerOrderId(), now.status(), now.filledQuantity(), now.averagePrice(),
                        now.detail());
            }
        }
        return fills;
    }

    /**
     * Journals the fills of an order that filled as it was placed (the paper broker at a live quote), which
     * {@link #sync} does not see, as the order is no longer working.
     *
     * @param placed the order as the broker answered its placement
     * @return how many fills were new
     * @throws BrokerException when the broker's fills cannot be listed
     */
    public int filledOnPlacement(BrokerOrder placed) {
        if (placed.filledQuantity() == 0) {
            return 0;
        }
        int fills = 0;
        for (BrokerFill fill : health.read("listing fills", () -> broker.fills(placed.enteredAt().minus(SKEW)))) {
            if (fill.brokerOrderId().equals(placed.brokerOrderId()) && journal.recordFill(broker.name(), fill)) {
                fills++;
                events.filled(fill);
            }
        }
        return fills;
    }

    /**
     * Cancels one journaled order at the broker and records the outcome.
     *
     * @param clientKey the order's key
     */
    public void cancel(String clientKey) {
        journal.order(clientKey).filter(order -> order.status().open()).ifPresent(this::cancel);
    }

    /**
     * Cancels the open orders of one symbol.
     *
     * @param symbol the symbol
     */
    public void cancelAll(Symbol symbol) {
        journal.openOrders(broker.name()).stream().filter(order -> order.order().symbol().equals(symbol))
                .forEach(this::cancel);
    }

    /**
     * Cancels every open order (the kill switch's {@code --cancel-orders}).
     *
     * @return how many were open
     */
    public int cancelEverything() {
        List<JournaledOrder> open = journal.openOrders(broker.name());
        open.forEach(this::cancel);
        return open.size();
    }

    /**
     * The journaled orders of a symbol that may still fill, oldest first.
     *
     * @param symbol the symbol
     * @return the orders
     */
    public List<Order> openOrders(Symbol symbol) {
        return journal.openOrders(broker.name()).stream().map(JournaledOrder::order)
                .filter(order -> order.symbol().equals(symbol)).toList();
    }

    /**
     * The signed quantity still on its way, by symbol.
     *
     * @return shares; buys positive
     */
    public Map<Symbol, Long> working() {
        return journal.openOrders(broker.name()).stream().collect(Collectors.groupingBy(order -> order.order().symbol(),
                Collectors.summingLong(order -> order.order().signedQuantity() - Long.signum(
                        order.order().signedQuantity()) * order.filledQuantity())));
    }

    private void cancel(JournaledOrder order) {
        if (order.brokerOrderId() == null) {
            if (!settle(order)) {
                changed(order.clientKey(), null, OrderStatus.FAILED, 0, Double.NaN, "cancelled before it reached the broker");
                return;
            }
            cancel(order.clientKey());
            return;
        }
        health.send("cancelling " + order.brokerOrderId(), () -> {
            broker.cancel(order.brokerOrderId());
            return order.brokerOrderId();
        });
        BrokerOrder now = health.read("listing orders", () -> broker.orders(order.createdAt().minus(SKEW))).stream()
                .filter(candidate -> candidate.brokerOrderId().equals(order.brokerOrderId())).findFirst().orElse(null);
        if (now != null) {
            changed(order.clientKey(), now.brokerOrderId(), now.status(), now.filledQuantity(), now.averagePrice(),
                    now.detail());
        }
    }

    private void adopt(JournaledOrder order, BrokerOrder found) {
        LOG.info("order {} ({}) found at {} as {} ({}); adopted, not sent again", order.clientKey(),
                describe(order.order()), broker.name(), found.brokerOrderId(), found.status());
        changed(order.clientKey(), found.brokerOrderId(), found.status(), found.filledQuantity(), found.averagePrice(),
                found.detail().isEmpty() ? "adopted after a restart" : found.detail());
    }

    /**
     * The broker's order for a journaled one: the one carrying its client key, else (for a broker that cannot carry
     * keys) one with the same symbol, side, quantity, type and price (on the tick), entered after it was journaled
     * and not journaled under another key.
     */
    private Optional<BrokerOrder> match(JournaledOrder order, List<BrokerOrder> atBroker, Set<String> claimed) {
        Optional<BrokerOrder> byKey = atBroker.stream()
                .filter(candidate -> order.clientKey().equals(candidate.clientKey())).findFirst();
        if (byKey.isPresent()) {
            return byKey;
        }
        return atBroker.stream()
                .filter(candidate -> candidate.clientKey() == null && !claimed.contains(candidate.brokerOrderId()))
                .filter(candidate -> sameOrder(candidate.order(), order.order()))
                .filter(candidate -> !candidate.enteredAt().isBefore(order.createdAt().minus(SKEW)))
                .filter(candidate -> !journal.knowsBrokerOrder(broker.name(), candidate.brokerOrderId()))
                .findFirst();
    }

    private static boolean sameOrder(Order one, Order other) {
        return one.symbol().equals(other.symbol()) && one.side() == other.side() && one.quantity() == other.quantity()
                && one.type() == other.type() && (Double.isNaN(one.price()) ? Double.isNaN(other.price())
                : !Double.isNaN(other.price()) && onTick(one.price()).compareTo(onTick(other.price())) == 0);
    }

    /** A price as a broker takes it: rounded half-up to the tick (cents; hundredths of a cent below $1). */
    private static BigDecimal onTick(double price) {
        BigDecimal exact = BigDecimal.valueOf(price);
        return exact.setScale(exact.compareTo(BigDecimal.ONE) < 0 ? 4 : 2, RoundingMode.HALF_UP);
    }

    private void changed(String clientKey, String brokerOrderId, OrderStatus status, long filled, double average,
                         String detail) {
        Instant now = clock.instant();
        if (journal.update(clientKey, brokerOrderId, status, filled, average, detail, now)) {
            journal.order(clientKey).ifPresent(order -> telemetry.order(order, mode, now));
        }
    }

    static String describe(Order order) {
        return order.side().name().toLowerCase(java.util.Locale.ROOT) + " " + order.quantity() + " " + order.symbol() + " "
                + order.type().name().toLowerCase(java.util.Locale.ROOT)
                + (Double.isNaN(order.price()) ? "" : " " + order.price());
    }
}
