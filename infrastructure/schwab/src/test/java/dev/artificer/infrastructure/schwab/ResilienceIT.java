package dev.artificer.infrastructure.schwab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.InvalidRequestException;
import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import dev.artificer.infrastructure.schwab.error.RateLimitedException;
import dev.artificer.infrastructure.schwab.error.SchwabServerException;
import dev.artificer.infrastructure.schwab.error.SchwabTransportException;
import dev.artificer.infrastructure.schwab.http.SchwabHttpSettings;
import dev.artificer.infrastructure.schwab.marketdata.PeriodType;
import dev.artificer.infrastructure.schwab.marketdata.PriceHistoryRequest;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.Scripted;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rate limiting, retries, timeouts and error mapping over real HTTP. */
class ResilienceIT {

    private static final List<String> AAPL = List.of("AAPL");

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
    void waitsAsLongAsRetryAfterAsksOnA429ThenSucceeds() {
        schwab.script(StandInSchwab.QUOTES, Scripted.tooManyRequests(1));
        long started = System.nanoTime();

        client().marketData().quotes(AAPL);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(schwab.hits(StandInSchwab.QUOTES)).isEqualTo(2);
    }

    @Test
    void givesUpOn429sAfterTheRetryBound() {
        schwab.script(StandInSchwab.QUOTES,
                Scripted.tooManyRequests(0), Scripted.tooManyRequests(0), Scripted.tooManyRequests(0));

        assertThatThrownBy(() -> client().marketData().quotes(AAPL))
                .isInstanceOf(RateLimitedException.class)
                .hasMessage("GET /marketdata/v1/quotes: Schwab still answered HTTP 429 after 2 retries");
        assertThat(schwab.hits(StandInSchwab.QUOTES)).isEqualTo(3);
    }

    @Test
    void retries500sThenSucceeds() {
        schwab.script(StandInSchwab.QUOTES, Scripted.serverError(), Scripted.serverError());

        assertThat(client().marketData().quotes(AAPL).quote("AAPL")).isPresent();
        assertThat(schwab.hits(StandInSchwab.QUOTES)).isEqualTo(3);
    }

    @Test
    void givesUpOn500sAfterTheRetryBound() {
        schwab.script(StandInSchwab.QUOTES, Scripted.serverError(), Scripted.serverError(), Scripted.serverError());

        assertThatThrownBy(() -> client().marketData().quotes(AAPL))
                .isInstanceOf(SchwabServerException.class)
                .hasMessage("GET /marketdata/v1/quotes: Schwab still answered HTTP 500 after 2 retries");
        assertThat(schwab.hits(StandInSchwab.QUOTES)).isEqualTo(3);
    }

    @Test
    void retriesA5xxOfTheTokenEndpoint() {
        schwab.script(StandInSchwab.TOKEN, Scripted.answer(503, "<html>Service Unavailable</html>"));

        client().tokens().refreshNow();

        assertThat(schwab.hits(StandInSchwab.TOKEN)).isEqualTo(2);
        assertThat(schwab.refreshGrants()).isEqualTo(1);
    }

    @Test
    void retriesAnAnswerThatTakesLongerThanTheRequestTimeout() {
        SchwabHttpSettings shortTimeout = SchwabHttpSettings.builder()
                .timeouts(Duration.ofSeconds(1), Duration.ofMillis(300))
                .serverRetries(1, Duration.ofMillis(10), Duration.ofMillis(20))
                .build();
        schwab.script(StandInSchwab.QUOTES, Scripted.answer(200, "{}").after(Duration.ofSeconds(2)));

        assertThat(schwab.client(store, shortTimeout).marketData().quotes(AAPL).quote("AAPL")).isPresent();
        assertThat(schwab.hits(StandInSchwab.QUOTES)).isEqualTo(2);
    }

    @Test
    void reportsAnUnreachableSchwabAsATransportFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SchwabClient unreachable = SchwabClient.builder()
                .credentials(StandInSchwab.credentials())
                .endpoints(SchwabEndpoints.under(URI.create("http://127.0.0.1:" + closedPort)))
                .tokenStore(store)
                .httpSettings(StandInSchwab.fastSettings())
                .build();

        assertThatThrownBy(() -> unreachable.marketData().quotes(AAPL))
                .isInstanceOf(SchwabTransportException.class)
                .hasMessageStartingWith("GET /marketdata/v1/quotes: Schwab could not be reached after 2 retries");
    }

    @Test
    void reportsMalformedJsonAsAMalformedResponse() {
        schwab.script(StandInSchwab.QUOTES, Scripted.answer(200, "{\"AAPL\":{\"assetMainType\":"));

        assertThatThrownBy(() -> client().marketData().quotes(AAPL))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageStartingWith("quotes: Schwab's answer is not valid JSON");
    }

    @Test
    void reportsA400AsAnInvalidRequestWithSchwabsDetail() {
        schwab.script(StandInSchwab.PRICE_HISTORY, Scripted.answer(400, "{\"errors\":[{\"id\":\"1\",\"status\":\"400\","
                + "\"title\":\"Bad Request\",\"detail\":\"Enddate is before startdate\"}]}"));

        assertThatThrownBy(() -> client().marketData().priceHistory(
                PriceHistoryRequest.builder(Symbol.of("AAPL")).periodType(PeriodType.DAY).build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("GET /marketdata/v1/pricehistory: Schwab answered HTTP 400: Bad Request: "
                        + "Enddate is before startdate");
    }

    @Test
    void theClientSideRateLimitRefusesCallsBeyondItsPermits() {
        SchwabHttpSettings twoPerMinute = SchwabHttpSettings.builder()
                .rateLimit(2, Duration.ofMinutes(1), Duration.ZERO)
                .build();
        SchwabClient client = schwab.client(store, twoPerMinute);
        client.marketData().quotes(AAPL);
        client.marketData().quotes(AAPL);

        assertThatThrownBy(() -> client.marketData().quotes(AAPL))
                .isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("client-side rate limit of 2 requests per PT1M");
        assertThat(schwab.hits(StandInSchwab.QUOTES)).isEqualTo(2);
    }

    private SchwabClient client() {
        return schwab.client(store, StandInSchwab.fastSettings());
    }
}
