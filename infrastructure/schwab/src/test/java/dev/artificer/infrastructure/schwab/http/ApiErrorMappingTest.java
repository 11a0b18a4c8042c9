package dev.artificer.infrastructure.schwab.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.error.OrderRejectedException;
import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import org.junit.jupiter.api.Test;

class ApiErrorMappingTest {

    private static final String PATH = "/marketdata/v1/pricehistory";
    private static final String ORDERS = "/trader/v1/accounts/ABC123/orders";

    @Test
    void returnsTheBodyOfA2xxAnswer() {
        assertThat(SchwabApiTransport.bodyOf(StubResponse.of(200, PATH, "{\"candles\":[]}")))
                .isEqualTo("{\"candles\":[]}");
    }

    @Test
    void mapsA400ToAnInvalidRequestWithSchwabsTitleAndDetail() {
        String body = """
                {"errors":[{"id":"6f3b2b3e-3c1c-4d4c-9f5e-2f1c1e0b7f00","status":"400","title":"Bad Request",
                 "detail":"Invalid periodType","source":{"parameter":"periodType"}}]}
                """;

        assertThatThrownBy(() -> SchwabApiTransport.bodyOf(StubResponse.of(400, PATH, body)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("GET /marketdata/v1/pricehistory: Schwab answered HTTP 400: Bad Request: Invalid periodType")
                .extracting(failure -> ((InvalidRequestException) failure).status()).isEqualTo(400);
    }

    @Test
    void mapsA404WithATraderStyleBodyToAnInvalidRequest() {
        String body = "{\"message\":\"Account not found\",\"errors\":[]}";

        assertThatThrownBy(() -> SchwabApiTransport.bodyOf(StubResponse.of(404, PATH, body)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageEndingWith("HTTP 404: Account not found");
    }

    @Test
    void mapsAnErrorWithoutJsonToAnInvalidRequestNamingTheStatus() {
        assertThatThrownBy(() -> SchwabApiTransport.bodyOf(StubResponse.of(403, PATH, "<html>Access Denied</html>")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("GET /marketdata/v1/pricehistory: Schwab answered HTTP 403");
    }

    @Test
    void mapsA401AfterTheRefreshToReloginRequired() {
        String body = "{\"errors\":[{\"id\":\"x\",\"status\":401,\"title\":\"Unauthorized\"}]}";

        assertThatThrownBy(() -> SchwabApiTransport.bodyOf(StubResponse.of(401, PATH, body)))
                .isInstanceOf(ReloginRequiredException.class)
                .hasMessageContaining("log in again");
    }

    @Test
    void keepsALongMultiLineDetailOnOneShortLine() {
        String body = "{\"errors\":[{\"title\":\"Bad Request\",\"detail\":\"" + "word\\n".repeat(100) + "\"}]}";

        assertThatThrownBy(() -> SchwabApiTransport.bodyOf(StubResponse.of(400, PATH, body)))
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n").hasSizeLessThan(300));
    }

    @Test
    void mapsARefusedOrderToAnOrderRejectionWithSchwabsMessageAndErrors() {
        String body = "{\"message\":\"Order validation failed\",\"errors\":[\"Insufficient buying power\","
                + "\"Market closed\"]}";

        assertThatThrownBy(() -> SchwabApiTransport.acceptedOrder(StubResponse.of(400, ORDERS, body)))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessage("GET " + ORDERS + ": Schwab refused the order request (HTTP 400): "
                        + "Order validation failed: Insufficient buying power; Market closed")
                .satisfies(failure -> {
                    OrderRejectedException rejected = (OrderRejectedException) failure;
                    assertThat(rejected.status()).isEqualTo(400);
                    assertThat(rejected.reason()).isEqualTo("Order validation failed: Insufficient buying power; "
                            + "Market closed");
                });
    }

    @Test
    void mapsARefusedOrderWithoutABodyToAnOrderRejectionWithAnEmptyReason() {
        assertThatThrownBy(() -> SchwabApiTransport.acceptedOrder(StubResponse.of(403, ORDERS, "")))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessage("GET " + ORDERS + ": Schwab refused the order request (HTTP 403)")
                .extracting(failure -> ((OrderRejectedException) failure).reason()).isEqualTo("");
    }

    @Test
    void mapsA401ToAnOrderAfterTheRefreshToReloginRequired() {
        assertThatThrownBy(() -> SchwabApiTransport.acceptedOrder(StubResponse.of(401, ORDERS, "")))
                .isInstanceOf(ReloginRequiredException.class)
                .hasMessageContaining("log in again");
    }

    @Test
    void returnsAnAcceptedOrderResponseWhole() {
        StubResponse created = StubResponse.of(201, ORDERS, "");

        assertThat(SchwabApiTransport.acceptedOrder(created)).isSameAs(created);
    }
}
