package dev.artificer.infrastructure.schwab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.error.OrderRejectedException;
import dev.artificer.infrastructure.schwab.error.SchwabServerException;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.Recorded;
import dev.artificer.infrastructure.schwab.standin.Scripted;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.infrastructure.schwab.trader.Account;
import dev.artificer.infrastructure.schwab.trader.AccountHash;
import dev.artificer.infrastructure.schwab.trader.Balances;
import dev.artificer.infrastructure.schwab.trader.EquityOrder;
import dev.artificer.infrastructure.schwab.trader.Instruction;
import dev.artificer.infrastructure.schwab.trader.LinkedAccount;
import dev.artificer.infrastructure.schwab.trader.OrderReport;
import dev.artificer.infrastructure.schwab.trader.OrderStatus;
import dev.artificer.infrastructure.schwab.trader.Position;
import dev.artificer.infrastructure.schwab.trader.TraderClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every trader call over real HTTP against the stand-in, checking what is sent and what comes back. */
class TraderIT {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final AccountHash MARGIN = new AccountHash(StandInSchwab.ACCOUNT_HASH);
    private static final AccountHash CASH = new AccountHash(StandInSchwab.CASH_ACCOUNT_HASH);
    private static final String ORDERS = StandInSchwab.ordersPath(StandInSchwab.ACCOUNT_HASH);
    private static final Symbol AAPL = Symbol.of("AAPL");

    private StandInSchwab schwab;
    private InMemoryTokenStore store;
    private TraderClient trader;

    @BeforeEach
    void startStandIn() throws IOException {
        schwab = StandInSchwab.start();
        store = InMemoryTokenStore.holding(schwab.loggedIn(Instant.now().plus(Duration.ofMinutes(30))));
        trader = schwab.client(store, StandInSchwab.fastSettings()).trader();
    }

    @AfterEach
    void stopStandIn() {
        schwab.close();
    }

    @Test
    void listsTheLinkedAccountsWithTheirHashes() {
        assertThat(trader.accountNumbers()).containsExactly(
                new LinkedAccount(StandInSchwab.ACCOUNT_NUMBER, MARGIN),
                new LinkedAccount(StandInSchwab.CASH_ACCOUNT_NUMBER, CASH));
    }

    @Test
    void looksUpTheHashOfAPlainAccountNumber() {
        assertThat(trader.accountHash(StandInSchwab.CASH_ACCOUNT_NUMBER)).isEqualTo(CASH);
    }

    @Test
    void refusesToLookUpAnAccountThatIsNotLinkedNamingOnlyItsLastDigits() {
        assertThatThrownBy(() -> trader.accountHash("99990001"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("account …0001 is not linked to this Schwab login");
    }

    @Test
    void readsTheMarginAccountsPositionsAndBalances() {
        Account account = trader.account(MARGIN);

        assertThat(account.accountNumber()).isEqualTo(StandInSchwab.ACCOUNT_NUMBER);
        assertThat(account.type()).isEqualTo("MARGIN");
        assertThat(account.positions()).containsExactly(new Position("AAPL", "EQUITY", 10, 0, 150.25, 1684.05),
                new Position("MSFT", "EQUITY", 0, 5, 410.0, -2050.0));
        assertThat(account.balances()).isEqualTo(new Balances(5000.0, 12500.0, 20000.0));
        assertThat(schwab.lastRequest("/trader/v1/accounts/" + StandInSchwab.ACCOUNT_HASH).query())
                .containsEntry("fields", "positions");
    }

    @Test
    void readsACashAccountsBalancesFromItsOwnFields() {
        assertThat(trader.account(CASH).balances()).isEqualTo(new Balances(2500.0, 2500.0, 2400.0));
    }

    @Test
    void seesPositionsTheStandInIsGiven() {
        schwab.holdPosition("TSLA", 3, 0, 200.0, 630.0);
        schwab.holdPosition("AAPL", 0, 0, 0, 0);

        assertThat(trader.account(MARGIN).positions()).extracting(Position::symbol).containsExactly("MSFT", "TSLA");
    }

    @Test
    void sendsAMarketOrderInSchwabsExactShape() throws Exception {
        trader.placeOrder(MARGIN, EquityOrder.market(Symbol.of("GOOG"), Instruction.BUY, 10));

        assertThat(schwab.receivedOrders()).containsExactly(JSON.readTree("""
                {"orderType":"MARKET","session":"NORMAL","duration":"DAY","orderStrategyType":"SINGLE",
                 "orderLegCollection":[{"instruction":"BUY","quantity":10,
                                        "instrument":{"symbol":"GOOG","assetType":"EQUITY"}}]}
                """));
        assertThat(schwab.lastRequest(ORDERS).contentType()).isEqualTo("application/json");
    }

    @Test
    void sendsALimitOrderWithItsPriceOnTheTickAsAString() throws Exception {
        trader.placeOrder(MARGIN, EquityOrder.limit(AAPL, Instruction.SELL_SHORT, 7, 199.994));
        trader.placeOrder(MARGIN, EquityOrder.limit(Symbol.of("SNDL"), Instruction.BUY_TO_COVER, 100, 0.45678));

        assertThat(schwab.receivedOrders()).containsExactly(JSON.readTree("""
                {"orderType":"LIMIT","session":"NORMAL","duration":"DAY","orderStrategyType":"SINGLE","price":"199.99",
                 "orderLegCollection":[{"instruction":"SELL_SHORT","quantity":7,
                                        "instrument":{"symbol":"AAPL","assetType":"EQUITY"}}]}
                """), JSON.readTree("""
                {"orderType":"LIMIT","session":"NORMAL","duration":"DAY","orderStrategyType":"SINGLE","price":"0.4568",
                 "orderLegCollection":[{"instruction":"BUY_TO_COVER","quantity":100,
                                        "instrument":{"symbol":"SNDL","assetType":"EQUITY"}}]}
                """));
    }

    @Test
    void readsTheNewOrdersIdFromTheLocationHeader() {
        long first = trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 1));
        long second = trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.SELL, 1));

        assertThat(second).isEqualTo(first + 1);
        assertThat(schwab.orderStatus(first)).isEqualTo("WORKING");
        assertThat(trader.order(MARGIN, second).orderId()).isEqualTo(second);
    }

    @Test
    void readsAPlacedOrderBack() {
        Instant before = Instant.now().minusSeconds(1);
        long id = trader.placeOrder(MARGIN, EquityOrder.limit(AAPL, Instruction.BUY, 10, 101.5));

        OrderReport order = trader.order(MARGIN, id);

        assertThat(order.status()).isEqualTo(OrderStatus.WORKING);
        assertThat(order.symbol()).isEqualTo("AAPL");
        assertThat(order.instruction()).isEqualTo("BUY");
        assertThat(order.orderType()).isEqualTo("LIMIT");
        assertThat(order.price()).isEqualTo(101.5);
        assertThat(order.quantity()).isEqualTo(10);
        assertThat(order.filledQuantity()).isZero();
        assertThat(order.remainingQuantity()).isEqualTo(10);
        assertThat(order.averageFillPrice()).isNull();
        assertThat(order.enteredTime()).isBetween(before, Instant.now().plusSeconds(1));
    }

    @Test
    void reportsTheAverageFillPriceOfPartialFills() {
        long id = trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 10));
        schwab.fillOrder(id, 4, 100.0);

        OrderReport partly = trader.order(MARGIN, id);
        schwab.fillOrder(id, 101.0);
        OrderReport filled = trader.order(MARGIN, id);

        assertThat(partly.status()).isEqualTo(OrderStatus.WORKING);
        assertThat(partly.filledQuantity()).isEqualTo(4);
        assertThat(partly.averageFillPrice()).isEqualTo(100.0);
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.remainingQuantity()).isZero();
        assertThat(filled.averageFillPrice()).isCloseTo(100.6, offset(1e-9));
        assertThat(filled.closeTime()).isNotNull();
    }

    @Test
    void cancelsAWorkingOrder() {
        long id = trader.placeOrder(MARGIN, EquityOrder.limit(AAPL, Instruction.BUY, 1, 90));

        trader.cancelOrder(MARGIN, id);

        assertThat(schwab.orderStatus(id)).isEqualTo("CANCELED");
        assertThat(trader.order(MARGIN, id).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(schwab.lastRequest(ORDERS + "/" + id).method()).isEqualTo("GET");
        assertThat(schwab.hits(ORDERS + "/" + id)).isEqualTo(2);
    }

    @Test
    void carriesSchwabsMessageWhenACancelIsRefused() {
        long id = trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 1));
        schwab.fillOrder(id, 100.0);

        assertThatThrownBy(() -> trader.cancelOrder(MARGIN, id))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessageEndingWith("(HTTP 400): Order cannot be canceled: order " + id + " is FILLED");
    }

    @Test
    void carriesSchwabsMessageWhenAnOrderIsRejected() {
        schwab.rejectNextOrder("Insufficient buying power");

        assertThatThrownBy(() -> trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 1_000)))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessage("POST " + ORDERS + ": Schwab refused the order request (HTTP 400): "
                        + "Insufficient buying power: order rejected (scripted)")
                .hasMessageNotContaining(store.current().accessToken())
                .satisfies(failure -> assertThat(((OrderRejectedException) failure).reason())
                        .isEqualTo("Insufficient buying power: order rejected (scripted)"));
    }

    @Test
    void reportsAnOrderSchwabRejectsAfterAcceptingIt() {
        long id = trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.SELL_SHORT, 5));
        schwab.rejectOrder(id, "Not available to borrow");

        OrderReport order = trader.order(MARGIN, id);

        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.statusDescription()).isEqualTo("Not available to borrow");
    }

    @Test
    void listsTheOrdersOfAWindowInSchwabsTimeFormat() {
        long first = trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 1));
        long second = trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.SELL, 1));
        trader.placeOrder(CASH, EquityOrder.market(AAPL, Instruction.BUY, 1));
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));

        List<OrderReport> orders = trader.orders(MARGIN, from, from.plus(Duration.ofHours(2)));

        assertThat(orders).extracting(OrderReport::orderId).containsExactlyInAnyOrder(first, second);
        Recorded request = schwab.lastRequest(ORDERS);
        assertThat(request.query()).containsEntry("fromEnteredTime", from.toString().replace("Z", ".000Z"))
                .containsEntry("toEnteredTime", from.plus(Duration.ofHours(2)).toString().replace("Z", ".000Z"));
        assertThat(request.query()).doesNotContainKey("status");
    }

    @Test
    void listsOnlyTheOrdersOfTheAskedStatus() {
        long filled = trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 1));
        trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 2));
        schwab.fillOrder(filled, 100.0);
        Instant now = Instant.now();

        List<OrderReport> orders = trader.orders(MARGIN, now.minus(Duration.ofDays(59)), now.plusSeconds(60),
                OrderStatus.FILLED);

        assertThat(orders).extracting(OrderReport::orderId).containsExactly(filled);
        assertThat(schwab.lastRequest(ORDERS).query()).containsEntry("status", "FILLED");
    }

    @Test
    void listsNoOrdersEnteredOutsideTheWindow() {
        trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 1));
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));

        assertThat(trader.orders(MARGIN, hourAgo.minus(Duration.ofDays(1)), hourAgo)).isEmpty();
    }

    @Test
    void refusesAWindowLongerThanSixtyDaysWithoutCallingSchwab() {
        Instant now = Instant.now();

        assertThatThrownBy(() -> trader.orders(MARGIN, now.minus(Duration.ofDays(61)), now))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("orders can be listed for at most 60 days at a time (got " + now.minus(Duration.ofDays(61))
                        + " to " + now + ")");
        assertThat(schwab.hits(ORDERS)).isZero();
    }

    @Test
    void putsTheAccountHashNeverThePlainNumberIntoEveryPath() {
        trader.account(MARGIN);
        long id = trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 1));
        trader.order(MARGIN, id);
        trader.cancelOrder(MARGIN, id);
        trader.orders(MARGIN, Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));

        assertThat(schwab.hits("/trader/v1/accounts/" + StandInSchwab.ACCOUNT_HASH)).isEqualTo(1);
        assertThat(schwab.hits(ORDERS)).isEqualTo(2);
        assertThat(schwab.hits(ORDERS + "/" + id)).isEqualTo(2);
    }

    @Test
    void theStandInRefusesAPlainAccountNumberInAPath() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(schwab.endpoints().trader()
                        .resolve("/trader/v1/accounts/" + StandInSchwab.ACCOUNT_NUMBER + "?fields=positions"))
                .header("Authorization", "Bearer " + store.current().accessToken())
                .GET().build();

        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("message").stringValue()).isEqualTo("Invalid account number");
        }
    }

    @Test
    void refreshesTheTokenOnceWhenAnOrderIsAnswered401AndPlacesItOnce() {
        schwab.expireAccessToken();

        long id = trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 1));

        assertThat(schwab.refreshGrants()).isEqualTo(1);
        assertThat(schwab.hits(ORDERS)).isEqualTo(2);
        assertThat(trader.orders(MARGIN, Instant.now().minusSeconds(60), Instant.now().plusSeconds(60)))
                .extracting(OrderReport::orderId).containsExactly(id);
    }

    @Test
    void neverResendsAnOrderAfterA5xx() {
        schwab.script(ORDERS, Scripted.serverError());

        assertThatThrownBy(() -> trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 1)))
                .isInstanceOf(SchwabServerException.class)
                .hasMessage("POST " + ORDERS + ": Schwab answered HTTP 500; not resent, since Schwab may have acted "
                        + "on it");
        assertThat(schwab.hits(ORDERS)).isEqualTo(1);
    }

    @Test
    void resendsAnOrderAfterA429() {
        schwab.script(ORDERS, Scripted.tooManyRequests(0));

        long id = trader.placeOrder(MARGIN, EquityOrder.market(AAPL, Instruction.BUY, 1));

        assertThat(schwab.hits(ORDERS)).isEqualTo(2);
        assertThat(schwab.orderStatus(id)).isEqualTo("WORKING");
    }

    @Test
    void reportsAnUnknownOrderAsAnInvalidRequest() {
        assertThatThrownBy(() -> trader.order(MARGIN, 42))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("HTTP 404")
                .extracting(failure -> ((InvalidRequestException) failure).status()).isEqualTo(404);
    }
}
