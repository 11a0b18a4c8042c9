package dev.artificer.infrastructure.schwab.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketHoursParserTest {

    private static final String HOURS = """
            {"equity":{"EQ":{"date":"2022-04-14","isOpen":true,"marketType":"EQUITY","product":"EQ",
              "productName":"equity","sessionHours":{
                "postMarket":[{"end":"2022-04-14T20:00:00-04:00","start":"2022-04-14T16:00:00-04:00"}],
                "preMarket":[{"end":"2022-04-14T09:30:00-04:00","start":"2022-04-14T07:00:00-04:00"}],
                "regularMarket":[{"end":"2022-04-14T16:00:00-04:00","start":"2022-04-14T09:30:00-04:00"}]}}},
             "option":{"EQO":{"date":"2022-04-14","isOpen":true,"marketType":"OPTION","product":"EQO",
              "productName":"equity option","sessionHours":{
                "regularMarket":[{"end":"2022-04-14T16:00:00-04:00","start":"2022-04-14T09:30:00-04:00"}]}}}}
            """;

    @Test
    void readsSessionsAsInstants() {
        MarketHours equity = MarketHoursParser.parse(HOURS).getFirst();

        assertThat(equity.market()).isEqualTo(Market.EQUITY);
        assertThat(equity.product()).isEqualTo("EQ");
        assertThat(equity.date()).isEqualTo(LocalDate.of(2022, 4, 14));
        assertThat(equity.open()).isTrue();
        assertThat(equity.regularMarket()).containsExactly(new SessionWindow(
                Instant.parse("2022-04-14T13:30:00Z"), Instant.parse("2022-04-14T20:00:00Z")));
        assertThat(equity.preMarket().getFirst().start()).isEqualTo(Instant.parse("2022-04-14T11:00:00Z"));
        assertThat(equity.postMarket().getFirst().end()).isEqualTo(Instant.parse("2022-04-15T00:00:00Z"));
    }

    @Test
    void readsEveryMarketProduct() {
        List<MarketHours> hours = MarketHoursParser.parse(HOURS);

        assertThat(hours).extracting(MarketHours::product).containsExactly("EQ", "EQO");
        assertThat(hours.get(1).preMarket()).isEmpty();
    }

    @Test
    void readsAClosedDayWithoutSessions() {
        MarketHours closed = MarketHoursParser.parse("""
                {"equity":{"equity":{"date":"2022-04-15","isOpen":false,"marketType":"EQUITY","product":"equity"}}}
                """).getFirst();

        assertThat(closed.open()).isFalse();
        assertThat(closed.regularMarket()).isEmpty();
    }

    @Test
    void rejectsATimeWithoutOffset() {
        String body = "{\"equity\":{\"EQ\":{\"date\":\"2022-04-14\",\"sessionHours\":{\"regularMarket\":"
                + "[{\"start\":\"09:30\",\"end\":\"16:00\"}]}}}}";

        assertThatThrownBy(() -> MarketHoursParser.parse(body))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("time '09:30' is not an ISO time with offset");
    }

    @Test
    void sessionContainsItsStartButNotItsEnd() {
        SessionWindow regular = new SessionWindow(Instant.parse("2022-04-14T13:30:00Z"),
                Instant.parse("2022-04-14T20:00:00Z"));

        assertThat(regular.contains(Instant.parse("2022-04-14T13:30:00Z"))).isTrue();
        assertThat(regular.contains(Instant.parse("2022-04-14T20:00:00Z"))).isFalse();
    }
}
