package dev.artificer.infrastructure.schwab.trader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderParserTest {

    private static final String PARTLY_FILLED = """
            {"session":"NORMAL","duration":"DAY","orderType":"LIMIT","quantity":10.0,"filledQuantity":6.0,
             "remainingQuantity":4.0,"price":101.5,"orderStrategyType":"SINGLE","orderId":1004000123,
             "status":"WORKING","enteredTime":"2024-03-29T14:30:00+0000","tag":"API_TOS:CHART",
             "orderLegCollection":[{"orderLegType":"EQUITY","legId":1,"instruction":"BUY","quantity":10.0,
               "instrument":{"assetType":"EQUITY","symbol":"AAPL"}}],
             "orderActivityCollection":[
               {"activityType":"EXECUTION","executionType":"FILL","quantity":2.0,
                "executionLegs":[{"legId":1,"quantity":2.0,"price":100.0,"time":"2024-03-29T14:31:00+0000"}]},
               {"activityType":"ORDER_ACTION"},
               {"activityType":"EXECUTION","executionType":"FILL","quantity":4.0,
                "executionLegs":[{"legId":1,"quantity":4.0,"price":101.5,"time":"2024-03-29T14:32:00+0000"}]}]}
            """;

    @Test
    void readsSchwabsOrderIntoAReport() {
        OrderReport order = OrderParser.one(PARTLY_FILLED, "order");

        assertThat(order.orderId()).isEqualTo(1004000123L);
        assertThat(order.status()).isEqualTo(OrderStatus.WORKING);
        assertThat(order.symbol()).isEqualTo("AAPL");
        assertThat(order.instruction()).isEqualTo("BUY");
        assertThat(order.orderType()).isEqualTo("LIMIT");
        assertThat(order.quantity()).isEqualTo(10.0);
        assertThat(order.filledQuantity()).isEqualTo(6.0);
        assertThat(order.remainingQuantity()).isEqualTo(4.0);
        assertThat(order.price()).isEqualTo(101.5);
        assertThat(order.enteredTime()).isEqualTo(Instant.parse("2024-03-29T14:30:00Z"));
        assertThat(order.closeTime()).isNull();
        assertThat(order.tag()).isEqualTo("API_TOS:CHART");
        assertThat(order.statusDescription()).isNull();
    }

    @Test
    void weighsTheAverageFillPriceByTheQuantityOfEachExecution() {
        assertThat(OrderParser.one(PARTLY_FILLED, "order").averageFillPrice()).isEqualTo(101.0);
    }

    @Test
    void hasNoAverageFillPriceBeforeAnyExecution() {
        OrderReport order = OrderParser.one(minimal("\"status\":\"QUEUED\""), "order");

        assertThat(order.averageFillPrice()).isNull();
        assertThat(order.filledQuantity()).isZero();
        assertThat(order.remainingQuantity()).isEqualTo(5.0);
    }

    @Test
    void readsAStatusSchwabAddsLaterAsUnknown() {
        assertThat(OrderParser.one(minimal("\"status\":\"SOMETHING_NEW\""), "order").status())
                .isEqualTo(OrderStatus.UNKNOWN);
    }

    @Test
    void readsTimesWithEveryOffsetNotationSchwabUses() {
        assertThat(TraderTime.parse("2024-03-29T14:30:00+0000", "t", "order"))
                .isEqualTo(Instant.parse("2024-03-29T14:30:00Z"));
        assertThat(TraderTime.parse("2024-03-29T10:30:00.250-04:00", "t", "order"))
                .isEqualTo(Instant.parse("2024-03-29T14:30:00.250Z"));
        assertThat(TraderTime.parse("2024-03-29T14:30:00.000Z", "t", "order"))
                .isEqualTo(Instant.parse("2024-03-29T14:30:00Z"));
    }

    @Test
    void formatsQueryTimesInUtcWithMillisecondsAndZ() {
        assertThat(TraderTime.query(Instant.parse("2024-03-29T14:30:05.123456Z"))).isEqualTo("2024-03-29T14:30:05.123Z");
    }

    @Test
    void readsAClosedOrdersTimeAndReason() {
        OrderReport order = OrderParser.one(minimal("\"status\":\"REJECTED\",\"closeTime\":\"2024-03-29T14:31:00+0000\","
                + "\"statusDescription\":\"Insufficient buying power\""), "order");

        assertThat(order.status().terminal()).isTrue();
        assertThat(order.closeTime()).isEqualTo(Instant.parse("2024-03-29T14:31:00Z"));
        assertThat(order.statusDescription()).isEqualTo("Insufficient buying power");
    }

    @Test
    void rejectsAnOrderWithoutId() {
        assertThatThrownBy(() -> OrderParser.one("{\"status\":\"WORKING\",\"quantity\":1,"
                + "\"enteredTime\":\"2024-03-29T14:30:00+0000\"}", "order 7"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("order 7: 'orderId' is missing or not a whole number");
    }

    @Test
    void rejectsAnEnteredTimeWithoutOffset() {
        assertThatThrownBy(() -> OrderParser.one(minimal("\"status\":\"WORKING\"")
                .replace("2024-03-29T14:30:00+0000", "2024-03-29 14:30"), "order"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("'enteredTime' is not a date-time with an offset");
    }

    @Test
    void rejectsAListThatIsNotAnArray() {
        assertThatThrownBy(() -> OrderParser.list("{}", "orders"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("expected a JSON array of orders");
    }

    private static String minimal(String status) {
        return "{\"orderId\":1," + status + ",\"quantity\":5,\"orderType\":\"MARKET\","
                + "\"enteredTime\":\"2024-03-29T14:30:00+0000\"}";
    }
}
