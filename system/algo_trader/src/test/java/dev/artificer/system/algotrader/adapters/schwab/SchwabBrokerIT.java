package dev.artificer.system.algotrader.adapters.schwab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.Scripted;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.infrastructure.schwab.trader.TraderClient;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcTradingState;
import dev.artificer.component.strategy.Order;
import dev.artificer.component.strategy.Side;
import dev.artificer.system.algotrader.trading.BrokerHealth;
import dev.artificer.system.algotrader.trading.MigratedDatabase;
import dev.artificer.system.algotrader.trading.broker.AccountSnapshot;
import dev.artificer.system.algotrader.trading.broker.BrokerException;
import dev.artificer.system.algotrader.trading.broker.BrokerFill;
import dev.artificer.system.algotrader.trading.broker.BrokerOrder;
import dev.artificer.system.algotrader.trading.broker.BrokerPosition;
import dev.artificer.system.algotrader.trading.broker.ClientOrder;
import dev.artificer.system.algotrader.trading.broker.OrderStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Schwab broker over real HTTP against the stand-in Schwab: the orders it sends (shape and instruction from the
 * position), what it reads back (ids, open orders, fills, the account), and how Schwab's refusals surface.
 */
class SchwabBrokerIT {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String MARGIN_ORDERS = StandInSchwab.ordersPath(StandInSchwab.ACCOUNT_HASH);
    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Symbol MSFT = Symbol.of("MSFT");
    private static final Symbol GOOG = Symbol.of("GOOG");

    private final AtomicInteger keys = new AtomicInteger();
    private StandInSchwab schwab;

    @BeforeEach
    void startStandIn() throws IOException {
        schwab = StandInSchwab.start();
    }

    @AfterEach
    void stopStandIn() {
        schwab.close();
    }

    private TraderClient trader(SchwabHttpSettings settings) {
        InMemoryTokenStore store = InMemoryTokenStore.holding(schwab.loggedIn(Instant.now().plus(Duration.ofMinutes(30))));
        return schwab.client(store, settings).trader();
    }

    private SchwabBroker broker() {
        return SchwabBroker.open(trader(StandInSchwab.fastSettings()), StandInSchwab.ACCOUNT_NUMBER, Clock.systemUTC());
    }

    private ClientOrder client(Order order) {
        return new ClientOrder("at-test-" + keys.incrementAndGet(), order, Timeframe.FIVE_MINUTES, Instant.now());
    }

    private static Order market(Symbol symbol, Side side, long quantity) {
        return Order.market(symbol, side, quantity);
    }

    @Test
    void sendsAMarketBuyInSchwabsShape() throws Exception {
        broker().place(client(market(GOOG, Side.BUY, 10)));

        assertThat(schwab.receivedOrders()).containsExactly(JSON.readTree("""
                {"orderType":"MARKET","session":"NORMAL","duration":"DAY","orderStrategyType":"SINGLE",
                 "orderLegCollection":[{"instruction":"BUY","quantity":10,
                                        "instrument":{"symbol":"GOOG","assetType":"EQUITY"}}]}
                """));
    }

    @Test
    void sendsALimitBuyWithItsPriceOnTheTick() throws Exception {
        broker().place(client(Order.limit(GOOG, Side.BUY, 3, 171.234)));

        assertThat(schwab.receivedOrders()).containsExactly(JSON.readTree("""
                {"orderType":"LIMIT","session":"NORMAL","duration":"DAY","orderStrategyType":"SINGLE","price":"171.23",
                 "orderLegCollection":[{"instruction":"BUY","quantity":3,
                                        "instrument":{"symbol":"GOOG","assetType":"EQUITY"}}]}
                """));
    }

    @Test
    void sellsFromALongPositionWithSell() {
        broker().place(client(market(AAPL, Side.SELL, 10)));

        assertThat(schwab.receivedOrders().getFirst().path("orderLegCollection").path(0).path("instruction")
                .stringValue()).isEqualTo("SELL");
    }

    @Test
    void sellsWithoutALongPositionShort() {
        broker().place(client(Order.limit(GOOG, Side.SELL, 4, 180.5)));

        assertThat(schwab.receivedOrders().getFirst().path("orderLegCollection").path(0).path("instruction")
                .stringValue()).isEqualTo("SELL_SHORT");
        assertThat(schwab.receivedOrders().getFirst().path("price").stringValue()).isEqualTo("180.50");
    }

    @Test
    void buysWhileShortToCover() {
        broker().place(client(market(MSFT, Side.BUY, 5)));

        assertThat(schwab.receivedOrders().getFirst().path("orderLegCollection").path(0).path("instruction")
                .stringValue()).isEqualTo("BUY_TO_COVER");
    }

    @Test
    void refusesAnOrderThatWouldCrossFromLongToShortWithoutSendingIt() {
        SchwabBroker broker = broker();

        assertThatThrownBy(() -> broker.place(client(market(AAPL, Side.SELL, 15))))
                .isInstanceOf(BrokerException.class)
                .hasMessage("sell 15 AAPL market with 10 shares held would cross from long to short in one order, "
                        + "which Schwab does not take; it was not sent (close the position first)");
        assertThat(schwab.receivedOrders()).isEmpty();
    }

    @Test
    void refusesAStopOrderWithoutSendingIt() {
        SchwabBroker broker = broker();

        assertThatThrownBy(() -> broker.place(client(Order.stop(AAPL, Side.SELL, 10, 140))))
                .isInstanceOf(BrokerException.class).hasMessageContaining("market and limit orders only");
        assertThat(schwab.receivedOrders()).isEmpty();
    }

    @Test
    void takesTheBrokerIdFromTheLocationOfThe201() {
        BrokerOrder placed = broker().place(client(market(GOOG, Side.BUY, 1)));

        long id = Long.parseLong(placed.brokerOrderId());
        assertThat(schwab.orderStatus(id)).isEqualTo("WORKING");
        assertThat(placed.status()).isEqualTo(OrderStatus.WORKING);
        assertThat(placed.order()).isEqualTo(market(GOOG, Side.BUY, 1));
        assertThat(schwab.hits(MARGIN_ORDERS)).isEqualTo(1);
    }

    @Test
    void cancelsAWorkingOrder() {
        SchwabBroker broker = broker();
        BrokerOrder placed = broker.place(client(Order.limit(GOOG, Side.BUY, 1, 90)));

        broker.cancel(placed.brokerOrderId());

        assertThat(schwab.orderStatus(Long.parseLong(placed.brokerOrderId()))).isEqualTo("CANCELED");
        assertThat(broker.orders(Instant.now().minusSeconds(60))).singleElement()
                .extracting(BrokerOrder::status).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void cancellingAFilledOrderDoesNothing() {
        SchwabBroker broker = broker();
        BrokerOrder placed = broker.place(client(market(GOOG, Side.BUY, 1)));
        schwab.fillOrder(Long.parseLong(placed.brokerOrderId()), 170.0);

        broker.cancel(placed.brokerOrderId());

        assertThat(schwab.orderStatus(Long.parseLong(placed.brokerOrderId()))).isEqualTo("FILLED");
    }

    @Test
    void listsOnlyWorkingOrdersAsOpenOldestFirst() {
        SchwabBroker broker = broker();
        BrokerOrder first = broker.place(client(Order.limit(GOOG, Side.BUY, 2, 150)));
        BrokerOrder filled = broker.place(client(market(GOOG, Side.BUY, 1)));
        BrokerOrder third = broker.place(client(Order.limit(AAPL, Side.SELL, 5, 250)));
        schwab.fillOrder(Long.parseLong(filled.brokerOrderId()), 170.0);

        List<BrokerOrder> open = broker.openOrders();

        assertThat(open).extracting(BrokerOrder::brokerOrderId)
                .containsExactly(first.brokerOrderId(), third.brokerOrderId());
        assertThat(open).extracting(BrokerOrder::order)
                .containsExactly(Order.limit(GOOG, Side.BUY, 2, 150), Order.limit(AAPL, Side.SELL, 5, 250));
        assertThat(open).extracting(BrokerOrder::clientKey).containsOnlyNulls();
    }

    @Test
    void reportsAPartlyFilledOrdersProgressAndItsFillOnceDone() {
        SchwabBroker broker = broker();
        Instant since = Instant.now().minusSeconds(60);
        BrokerOrder placed = broker.place(client(market(GOOG, Side.BUY, 10)));
        long id = Long.parseLong(placed.brokerOrderId());
        schwab.fillOrder(id, 4, 100.0);

        BrokerOrder partly = broker.orders(since).getFirst();
        List<BrokerFill> whilePartly = broker.fills(since);
        schwab.fillOrder(id, 101.0);
        List<BrokerFill> done = broker.fills(since);

        assertThat(partly.status()).isEqualTo(OrderStatus.WORKING);
        assertThat(partly.filledQuantity()).isEqualTo(4);
        assertThat(partly.averagePrice()).isEqualTo(100.0);
        assertThat(whilePartly).isEmpty();
        assertThat(done).singleElement().satisfies(fill -> {
            assertThat(fill.brokerOrderId()).isEqualTo(placed.brokerOrderId());
            assertThat(fill.symbol()).isEqualTo(GOOG);
            assertThat(fill.side()).isEqualTo(Side.BUY);
            assertThat(fill.quantity()).isEqualTo(10);
            assertThat(fill.price()).isCloseTo(100.6, offset(1e-9));
        });
        assertThat(broker.orders(since).getFirst().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void reportsTheFilledPartOfACancelledOrderAsAFill() {
        SchwabBroker broker = broker();
        Instant since = Instant.now().minusSeconds(60);
        BrokerOrder placed = broker.place(client(Order.limit(GOOG, Side.BUY, 10, 100)));
        schwab.fillOrder(Long.parseLong(placed.brokerOrderId()), 3, 99.5);

        broker.cancel(placed.brokerOrderId());

        assertThat(broker.fills(since)).singleElement().satisfies(fill -> {
            assertThat(fill.quantity()).isEqualTo(3);
            assertThat(fill.price()).isEqualTo(99.5);
        });
    }

    @Test
    void readsCashLiquidationValueAndPositions() {
        schwab.balances(4_000.0, 15_250.0, 8_000.0);
        schwab.holdPosition("GOOG", 20, 0, 150.0, 3_400.0);

        AccountSnapshot account = broker().account();

        assertThat(account.cash()).isEqualTo(4_000.0);
        assertThat(account.equity()).isEqualTo(15_250.0);
        assertThat(account.positions()).containsExactly(
                new BrokerPosition(AAPL, 10, 150.25, 168.405),
                new BrokerPosition(MSFT, -5, 410.0, 410.0),
                new BrokerPosition(GOOG, 20, 150.0, 170.0));
    }

    @Test
    void listsOrdersWithinSchwabsSixtyDayWindow() {
        SchwabBroker broker = broker();
        broker.place(client(market(GOOG, Side.BUY, 1)));

        List<BrokerOrder> orders = broker.orders(Instant.now().minus(Duration.ofDays(400)));

        assertThat(orders).hasSize(1);
        Instant from = Instant.parse(schwab.lastRequest(MARGIN_ORDERS).query().get("fromEnteredTime"));
        Instant to = Instant.parse(schwab.lastRequest(MARGIN_ORDERS).query().get("toEnteredTime"));
        assertThat(Duration.between(from, to)).isLessThanOrEqualTo(Duration.ofDays(60));
        assertThat(to).isAfter(Instant.now());
    }

    @Test
    void listsFillsSinceAnyMomentWithinTheWindow() {
        SchwabBroker broker = broker();
        BrokerOrder placed = broker.place(client(market(GOOG, Side.BUY, 2)));
        schwab.fillOrder(Long.parseLong(placed.brokerOrderId()), 170.0);

        assertThat(broker.fills(Instant.MIN)).extracting(BrokerFill::brokerOrderId)
                .containsExactly(placed.brokerOrderId());
    }

    @Test
    void carriesSchwabsRejectionMessage() {
        SchwabBroker broker = broker();
        schwab.rejectNextOrder("A validation error occurred: Insufficient buying power");

        assertThatThrownBy(() -> broker.place(client(market(GOOG, Side.BUY, 1000))))
                .isInstanceOf(BrokerException.class)
                .hasMessageStartingWith("Schwab rejected buy 1000 GOOG market (BUY): ")
                .hasMessageContaining("Insufficient buying power");
    }

    @Test
    void anOrderBeyondTheOrderRateLimitIsABrokerErrorThatTheTradingCoreCounts() {
        SchwabBroker broker = SchwabBroker.open(trader(SchwabHttpSettings.builder()
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .orderRateLimit(2, Duration.ofMillis(100)).build()), StandInSchwab.ACCOUNT_NUMBER, Clock.systemUTC());
        broker.place(client(market(GOOG, Side.BUY, 1)));
        broker.place(client(market(GOOG, Side.BUY, 1)));
        try (MigratedDatabase database = MigratedDatabase.h2()) {
            JdbcTradingState state = new JdbcTradingState(database.jdbc());
            BrokerHealth health = new BrokerHealth(state, Clock.systemUTC(), 1);

            assertThatThrownBy(() -> health.send("placing", () -> broker.place(client(market(GOOG, Side.BUY, 1)))))
                    .isInstanceOf(BrokerException.class).hasMessageContaining("rate limit");
            assertThat(state.status().halted()).isTrue();
            assertThat(state.status().reason()).contains("1 broker errors in a row").contains("rate limit");
        }
        assertThat(schwab.receivedOrders()).hasSize(2);
    }

    @Test
    void usesTheOnlyLinkedAccountWhenNoneIsConfigured() {
        schwab.script(StandInSchwab.ACCOUNT_NUMBERS, Scripted.answer(200, "[{\"accountNumber\":\""
                + StandInSchwab.CASH_ACCOUNT_NUMBER + "\",\"hashValue\":\"" + StandInSchwab.CASH_ACCOUNT_HASH + "\"}]"));

        SchwabBroker broker = SchwabBroker.open(trader(StandInSchwab.fastSettings()), "", Clock.systemUTC());
        broker.place(client(market(GOOG, Side.BUY, 1)));

        assertThat(broker.maskedAccount()).isEqualTo("****321");
        assertThat(schwab.hits(StandInSchwab.ordersPath(StandInSchwab.CASH_ACCOUNT_HASH))).isEqualTo(1);
        assertThat(schwab.hits(MARGIN_ORDERS)).isZero();
    }

    @Test
    void sendsOrdersToTheConfiguredAccount() {
        SchwabBroker broker = SchwabBroker.open(trader(StandInSchwab.fastSettings()), StandInSchwab.CASH_ACCOUNT_NUMBER,
                Clock.systemUTC());

        broker.place(client(market(GOOG, Side.BUY, 1)));

        assertThat(schwab.hits(StandInSchwab.ordersPath(StandInSchwab.CASH_ACCOUNT_HASH))).isEqualTo(1);
        assertThat(schwab.hits(MARGIN_ORDERS)).isZero();
    }

    @Test
    void refusesToGuessBetweenSeveralLinkedAccountsListingThemMasked() {
        TraderClient trader = trader(StandInSchwab.fastSettings());

        assertThatThrownBy(() -> SchwabBroker.open(trader, "", Clock.systemUTC()))
                .isInstanceOf(BrokerException.class)
                .hasMessage("ALGO_TRADER_SCHWAB_ACCOUNT is empty and 2 accounts are linked to this Schwab login "
                        + "(****678, ****321); set it to the one live orders go to");
    }

    @Test
    void refusesAnAccountThatIsNotLinkedShowingOnlyItsLastDigits() {
        TraderClient trader = trader(StandInSchwab.fastSettings());

        assertThatThrownBy(() -> SchwabBroker.open(trader, "99990042", Clock.systemUTC()))
                .isInstanceOf(BrokerException.class)
                .hasMessage("ALGO_TRADER_SCHWAB_ACCOUNT ****042 is not linked to this Schwab login; linked: "
                        + "****678, ****321")
                .message().doesNotContain("99990042", StandInSchwab.ACCOUNT_NUMBER, StandInSchwab.CASH_ACCOUNT_NUMBER);
    }
}
