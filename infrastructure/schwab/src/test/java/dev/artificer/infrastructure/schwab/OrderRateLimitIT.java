package dev.artificer.infrastructure.schwab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.infrastructure.schwab.trader.AccountHash;
import dev.artificer.infrastructure.schwab.trader.EquityOrder;
import dev.artificer.infrastructure.schwab.trader.Instruction;
import dev.artificer.infrastructure.schwab.trader.TraderClient;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order rate limit over real HTTP: per account, apart from the non-order limit, counting place and cancel.
 * Limits are per minute with a short permit wait, so a refused permit shows within a fraction of a second.
 */
class OrderRateLimitIT {

    private static final AccountHash MARGIN = new AccountHash(StandInSchwab.ACCOUNT_HASH);
    private static final AccountHash CASH = new AccountHash(StandInSchwab.CASH_ACCOUNT_HASH);
    private static final String ORDERS = StandInSchwab.ordersPath(StandInSchwab.ACCOUNT_HASH);
    private static final EquityOrder BUY_ONE = EquityOrder.market(Symbol.of("AAPL"), Instruction.BUY, 1);
    private static final Duration PERMIT_WAIT = Duration.ofMillis(300);

    private StandInSchwab schwab;
    private InMemoryTokenStore store;

    @BeforeEach
    void startStandIn() throws IOException {
        schwab = StandInSchwab.start();
        store = InMemoryTokenStore.holding(schwab.loggedIn(Instant.now().plus(Duration.ofMinutes(30))));
    }

    @AfterEach
    void stopStandIn() {
        schwab.close();
    }

    @Test
    void refusesTheThirdOrderWithinAMinuteUnderALimitOfTwoWithoutSendingIt() {
        TraderClient trader = trader(120, 2);
        trader.placeOrder(MARGIN, BUY_ONE);
        trader.placeOrder(MARGIN, BUY_ONE);
        long started = System.nanoTime();

        assertThatThrownBy(() -> trader.placeOrder(MARGIN, BUY_ONE))
                .isInstanceOf(RateLimitedException.class)
                .hasMessage("POST " + ORDERS + ": no permit within PT0.3S from the client-side rate limit of "
                        + "2 order requests of an account per PT1M");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(schwab.hits(ORDERS)).isEqualTo(2);
    }

    @Test
    void countsACancelAgainstTheOrderLimit() {
        TraderClient trader = trader(120, 2);
        long id = trader.placeOrder(MARGIN, BUY_ONE);
        trader.cancelOrder(MARGIN, id);

        assertThatThrownBy(() -> trader.placeOrder(MARGIN, BUY_ONE)).isInstanceOf(RateLimitedException.class);
        assertThat(schwab.hits(ORDERS)).isEqualTo(1);
    }

    @Test
    void keepsOneOrderLimitPerAccount() {
        TraderClient trader = trader(120, 1);
        trader.placeOrder(MARGIN, BUY_ONE);

        trader.placeOrder(CASH, BUY_ONE);

        assertThatThrownBy(() -> trader.placeOrder(MARGIN, BUY_ONE)).isInstanceOf(RateLimitedException.class);
        assertThat(schwab.hits(StandInSchwab.ordersPath(StandInSchwab.CASH_ACCOUNT_HASH))).isEqualTo(1);
    }

    @Test
    void placesOrdersWhenTheNonOrderLimitIsSpent() {
        TraderClient trader = trader(1, 5);
        trader.account(MARGIN);

        trader.placeOrder(MARGIN, BUY_ONE);
        trader.placeOrder(MARGIN, BUY_ONE);

        assertThat(schwab.hits(ORDERS)).isEqualTo(2);
        assertThatThrownBy(() -> trader.account(MARGIN)).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void readsOrdersWhenTheOrderLimitIsSpent() {
        TraderClient trader = trader(120, 1);
        long id = trader.placeOrder(MARGIN, BUY_ONE);

        assertThat(trader.order(MARGIN, id).orderId()).isEqualTo(id);
        assertThat(trader.order(MARGIN, id).orderId()).isEqualTo(id);
    }

    @Test
    void refusesEveryOrderWithoutSendingItUnderALimitOfZero() {
        TraderClient trader = trader(120, 0);

        assertThatThrownBy(() -> trader.placeOrder(MARGIN, BUY_ONE))
                .isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("refused by the client-side rate limit of 0 order requests");
        assertThat(schwab.hits(ORDERS)).isZero();
    }

    private TraderClient trader(int requestsPerMinute, int ordersPerMinute) {
        SchwabHttpSettings settings = SchwabHttpSettings.builder()
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .rateLimit(requestsPerMinute, Duration.ofMinutes(1), Duration.ZERO)
                .orderRateLimit(ordersPerMinute, PERMIT_WAIT)
                .build();
        return schwab.client(store, settings).trader();
    }
}
