package dev.artificer.infrastructure.schwab.marketdata;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.http.AccessTokenSource;
import dev.artificer.infrastructure.schwab.http.SchwabApiTransport;
import dev.artificer.infrastructure.schwab.http.SchwabHttp;
import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Argument checks that must fail before any token is fetched or any request is sent. */
class MarketDataClientTest {

    private final MarketDataClient client = new MarketDataClient(URI.create("http://127.0.0.1:9/marketdata/v1"),
            new SchwabApiTransport(new SchwabHttp(SchwabHttpSettings.defaults()), new NoTokens()));

    @Test
    void rejectsQuotesForNoSymbol() {
        assertThatThrownBy(() -> client.quotes(List.of()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least one symbol");
    }

    @Test
    void rejectsQuotesForASymbolHoldingAComma() {
        assertThatThrownBy(() -> client.quotes(List.of("AAPL", "MSFT,GOOG")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("none blank or holding a comma");
    }

    @Test
    void rejectsFundamentalsForNoSymbol() {
        assertThatThrownBy(() -> client.fundamentals(List.of()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least one symbol");
    }

    @Test
    void rejectsMarketHoursForNoMarket() {
        assertThatThrownBy(() -> client.marketHours(Set.of(), LocalDate.of(2024, 3, 1)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least one market");
    }

    @Test
    void rejectsAnUndocumentedMoversFrequencyNamingTheAllowedOnes() {
        assertThatThrownBy(() -> client.movers(MoversIndex.SPX, MoversSort.VOLUME, 15))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("movers frequency 15 is not allowed: use one of 0, 1, 5, 10, 30, 60");
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
