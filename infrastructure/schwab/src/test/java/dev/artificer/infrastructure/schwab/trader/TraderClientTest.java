package dev.artificer.infrastructure.schwab.trader;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.http.AccessTokenSource;
import dev.artificer.infrastructure.schwab.http.SchwabApiTransport;
import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Argument checks that must fail before any token is fetched or any request is sent. */
class TraderClientTest {

    private static final AccountHash ACCOUNT = new AccountHash("E5B6B0A6");
    private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");

    private final TraderClient client = new TraderClient(URI.create("http://127.0.0.1:9/trader/v1"),
            new SchwabApiTransport(new SchwabHttp(SchwabHttpSettings.defaults()), new NoTokens()));

    @Test
    void rejectsAnOrderWindowLongerThanSixtyDays() {
        assertThatThrownBy(() -> client.orders(ACCOUNT, FROM, FROM.plus(Duration.ofDays(60)).plusMillis(1)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("orders can be listed for at most 60 days at a time (got 2024-01-01T00:00:00Z to "
                        + "2024-03-01T00:00:00.001Z)");
    }

    @Test
    void rejectsAReversedOrderWindow() {
        assertThatThrownBy(() -> client.orders(ACCOUNT, FROM, FROM.minusSeconds(1), OrderStatus.FILLED))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("an order window must start before it ends (got 2024-01-01T00:00:00Z to "
                        + "2023-12-31T23:59:59Z)");
    }

    @Test
    void rejectsAnOrderIdBelowOne() {
        assertThatThrownBy(() -> client.order(ACCOUNT, 0))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("an order id must be positive (got 0)");
        assertThatThrownBy(() -> client.cancelOrder(ACCOUNT, -3))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void rejectsAnOrderWithoutAccount() {
        assertThatThrownBy(() -> client.placeOrder(null, EquityOrder.market(Symbol.of("AAPL"), Instruction.BUY, 1)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> client.cancelOrder(null, 1))
                .isInstanceOf(InvalidRequestException.class);
    }

    /** Fails the test if the client gets as far as asking for a token. */
    private static final class NoTokens implements AccessTokenSource {
        @Override
        public String accessToken() {
            throw new AssertionError("no token may be fetched for an invalid request");
        }

        @Override
        public String refreshAfterRejection(String rejectedToken) {
            throw new AssertionError("no token may be refreshed for an invalid request");
        }
    }
}
