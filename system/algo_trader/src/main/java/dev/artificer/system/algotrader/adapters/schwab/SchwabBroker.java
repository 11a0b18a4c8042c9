package dev.artificer.system.algotrader.adapters.schwab;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.OrderRejectedException;
import dev.artificer.infrastructure.schwab.error.SchwabApiException;
import dev.artificer.infrastructure.schwab.trader.Account;
import dev.artificer.infrastructure.schwab.trader.AccountHash;
import dev.artificer.infrastructure.schwab.trader.EquityOrder;
import dev.artificer.infrastructure.schwab.trader.LinkedAccount;
import dev.artificer.infrastructure.schwab.trader.OrderReport;
import dev.artificer.infrastructure.schwab.trader.Position;
import dev.artificer.infrastructure.schwab.trader.TraderClient;
import dev.artificer.component.strategy.Order;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.Broker;
import dev.artificer.system.algotrader.trading.broker.BrokerException;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.BrokerPosition;
import dev.artificer.system.algotrader.trading.broker.ClientOrder;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live Broker: Schwab's trader API for one account, chosen once when the broker is opened. Orders are equity
 * market or limit orders for the day; a sell of more than is held long opens a short ({@code SELL_SHORT}), a buy
 * while short covers ({@code BUY_TO_COVER}). Schwab takes no client order id, so the orders it lists carry no client
 * key: after a crash the trading core finds an order by symbol, side, quantity, type, price and entry time, and
 * adopts it instead of sending it again. Every Schwab failure becomes a {@link BrokerException} with a one-line
 * message; order requests are never resent by the client, and the account's order rate limit is kept client-side.
 */
public final class SchwabBroker implements Broker {

    /** The broker's name in the journal. */
    public static final String NAME = "schwab";

    private static final Logger LOG = LoggerFactory.getLogger(SchwabBroker.class);
    /** How far past our clock an order list reaches, for clocks that differ. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    /** How long before an execution its day order may have been entered. */
    private static final Duration ORDER_LIFETIME = Duration.ofDays(1);
    private static final Set<String> TRADED_ASSETS = Set.of("EQUITY", "COLLECTIVE_INVESTMENT");

    private final TraderClient trader;
    private final AccountHash account;
    private final String shownAccount;
    private final Clock clock;

    private SchwabBroker(TraderClient trader, AccountHash account, String shownAccount, Clock clock) {
        this.trader = trader;
        this.account = account;
        this.shownAccount = shownAccount;
        this.clock = clock;
    }

    /**
     * Opens the broker on the configured account, or on the only linked one; its hash is looked up once here.
     *
     * @param trader            the trader API client
     * @param configuredAccount the plain account number, or empty for the only linked account
     * @param clock             the time
     * @return the broker
     * @throws BrokerException when the accounts cannot be listed or the account cannot be chosen
     */
    public static SchwabBroker open(TraderClient trader, String configuredAccount, Clock clock) {
        List<LinkedAccount> linked = schwab("listing the accounts linked to the login", null, trader::accountNumbers);
        LinkedAccount chosen = SchwabAccountChoice.choose(linked, configuredAccount);
        String shown = SchwabAccountChoice.masked(chosen.accountNumber());
        LOG.info("live broker: Schwab account {}", shown);
        return new SchwabBroker(trader, chosen.hash(), shown, clock);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The account orders go to, masked.
     *
     * @return e.g. {@code ****678}
     */
    public String maskedAccount() {
        return shownAccount;
    }

    @Override
    public BrokerOrder place(ClientOrder clientOrder) {
        Order order = clientOrder.order();
        String what = "placing " + SchwabOrders.describe(order);
        long held = snapshot().quantity(order.symbol());
        EquityOrder equity = schwab(what, () -> SchwabOrders.equityOrder(order, held));
        long orderId;
        try {
            orderId = trader.placeOrder(account, equity);
        } catch (OrderRejectedException refused) {
            throw new BrokerException("Schwab rejected " + SchwabOrders.describe(order) + " (" + equity.instruction()
                    + "): " + (refused.reason().isEmpty() ? "HTTP " + refused.status() : refused.reason()), refused);
        } catch (SchwabApiException failure) {
            throw failed(what, account, failure);
        }
        LOG.info("order {} placed at Schwab account {} as {}: {} {} {}", clientOrder.clientKey(), shownAccount,
                orderId, equity.instruction(), equity.quantity(), order.symbol());
        return new BrokerOrder(Long.toString(orderId), clientOrder.clientKey(), order, OrderStatus.WORKING, 0,
                Double.NaN, clock.instant(), "");
    }

    @Override
    public void cancel(String brokerOrderId) {
        long orderId = orderId(brokerOrderId);
        try {
            trader.cancelOrder(account, orderId);
            LOG.info("order {} cancelled at Schwab account {}", orderId, shownAccount);
        } catch (OrderRejectedException refused) {
            OrderReport now = schwab("reading order " + orderId, () -> trader.order(account, orderId));
            if (now.status().terminal()) {
                LOG.debug("order {} was {} already; nothing to cancel", orderId, now.status());
                return;
            }
            throw new BrokerException("Schwab refused to cancel order " + orderId + ": "
                    + (refused.reason().isEmpty() ? "HTTP " + refused.status() : refused.reason()), refused);
        } catch (SchwabApiException failure) {
            throw failed("cancelling order " + orderId, account, failure);
        }
    }

    @Override
    public List<BrokerOrder> openOrders() {
        return reports(Instant.MIN, Duration.ZERO).stream().filter(report -> !report.status().terminal())
                .map(SchwabOrders::brokerOrder).flatMap(Optional::stream).toList();
    }

    @Override
    public List<BrokerOrder> orders(Instant since) {
        return reports(since, Duration.ZERO).stream().map(SchwabOrders::brokerOrder).flatMap(Optional::stream)
                .filter(order -> !order.enteredAt().isBefore(since)).toList();
    }

    @Override
    public List<BrokerFill> fills(Instant since) {
        return reports(since, ORDER_LIFETIME).stream().map(SchwabOrders::fill).flatMap(Optional::stream)
                .filter(fill -> !fill.filledAt().isBefore(since))
                .sorted(Comparator.comparing(BrokerFill::filledAt)).toList();
    }

    @Override
    public AccountSnapshot account() {
        return snapshot();
    }

    private AccountSnapshot snapshot() {
        Account now = schwab("reading the account", () -> trader.account(account));
        List<BrokerPosition> positions = now.positions().stream().filter(SchwabBroker::traded)
                .map(SchwabBroker::position).flatMap(Optional::stream).toList();
        return new AccountSnapshot(now.balances().cash(), now.balances().liquidationValue(), positions);
    }

    /**
     * The orders entered since a moment less a margin, oldest first (Schwab's ids break ties of its one-second entry
     * times), within the 60 days Schwab lists at a time (older ones are out of reach).
     */
    private List<OrderReport> reports(Instant since, Duration margin) {
        Instant to = clock.instant().plus(CLOCK_SKEW);
        Instant earliest = to.minus(TraderClient.MAX_ORDER_WINDOW);
        Instant from = since.isBefore(earliest.plus(margin)) ? earliest : since.minus(margin);
        if (!from.isBefore(to)) {
            return List.of();
        }
        return schwab("listing orders", () -> trader.orders(account, from, to)).stream()
                .sorted(Comparator.comparing(OrderReport::enteredTime).thenComparingLong(OrderReport::orderId)).toList();
    }

    private static boolean traded(Position position) {
        return TRADED_ASSETS.contains(position.assetType()) && position.netQuantity() != 0;
    }

    private static Optional<BrokerPosition> position(Position position) {
        try {
            long quantity = Math.round(position.netQuantity());
            double price = quantity == 0 ? position.averagePrice() : position.marketValue() / quantity;
            return Optional.of(new BrokerPosition(Symbol.of(position.symbol()), quantity, position.averagePrice(),
                    price));
        } catch (IllegalArgumentException notASymbol) {
            return Optional.empty();
        }
    }

    private static long orderId(String brokerOrderId) {
        try {
            return Long.parseLong(brokerOrderId);
        } catch (NumberFormatException notSchwabs) {
            throw new BrokerException("'" + brokerOrderId + "' is not a Schwab order id");
        }
    }

    private <T> T schwab(String what, Supplier<T> call) {
        return schwab(what, account, call);
    }

    private static <T> T schwab(String what, AccountHash account, Supplier<T> call) {
        try {
            return call.get();
        } catch (SchwabApiException failure) {
            throw failed(what, account, failure);
        }
    }

    /** A Schwab failure as a broker failure; the account's hash is left out of the message. */
    private static BrokerException failed(String what, AccountHash account, SchwabApiException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (account != null) {
            message = message.replace(account.value(), "{account}");
        }
        return new BrokerException("Schwab, " + what + ": " + message, failure);
    }
}
