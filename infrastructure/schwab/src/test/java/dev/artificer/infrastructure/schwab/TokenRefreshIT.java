package dev.artificer.infrastructure.schwab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.ReloginRequiredException;
import dev.artificer.infrastructure.schwab.marketdata.QuoteBatch;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.Scripted;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access-token refresh around market data calls: before expiry, after HTTP 401, and under concurrency. */
class TokenRefreshIT {

    private static final List<String> AAPL = List.of("AAPL");

    private StandInSchwab schwab;

    @BeforeEach
    void startStandIn() throws IOException {
        schwab = StandInSchwab.start();
    }

    @AfterEach
    void stopStandIn() {
        schwab.close();
    }

    @Test
    void anAccessTokenRejectedWith401IsRefreshedExactlyOnceThenTheCallSucceeds() {
        SchwabClient client = clientLoggedIn(Instant.now().plus(Duration.ofMinutes(30)));
        schwab.expireAccessToken();

        QuoteBatch quotes = client.marketData().quotes(AAPL);

        assertThat(quotes.quote("AAPL")).isPresent();
        assertThat(schwab.refreshGrants()).isEqualTo(1);
        assertThat(schwab.hits(StandInSchwab.QUOTES)).isEqualTo(2);
    }

    @Test
    void anAccessTokenAboutToExpireIsRefreshedBeforeTheCall() {
        SchwabClient client = clientLoggedIn(Instant.now().plus(Duration.ofMinutes(1)));

        client.marketData().quotes(AAPL);

        assertThat(schwab.refreshGrants()).isEqualTo(1);
        assertThat(schwab.hits(StandInSchwab.QUOTES)).isEqualTo(1);
    }

    @Test
    void eightConcurrentCallersHittingAnExpiredTokenCauseOneRefresh() throws Exception {
        SchwabClient client = clientLoggedIn(Instant.now().plus(Duration.ofMinutes(30)));
        schwab.expireAccessToken();
        schwab.delayRefreshes(Duration.ofMillis(300));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<QuoteBatch>> calls = new ArrayList<>();

        try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
            for (int caller = 0; caller < 8; caller++) {
                calls.add(callers.submit(() -> {
                    start.await();
                    return client.marketData().quotes(AAPL);
                }));
            }
            start.countDown();
            for (Future<QuoteBatch> call : calls) {
                assertThat(call.get().quote("AAPL")).isPresent();
            }
        }

        assertThat(schwab.hits(StandInSchwab.QUOTES)).as("several callers were answered 401").isGreaterThan(9);
        assertThat(schwab.refreshGrants()).isEqualTo(1);
    }

    @Test
    void eightConcurrentCallersWithATokenLivingLessThanTheMarginCauseOneRefreshAndItsResultIsUsed() throws Exception {
        schwab.issueAccessTokensFor(Duration.ofMinutes(2));
        SchwabClient client = clientLoggedIn(Instant.now().plus(Duration.ofSeconds(30)));
        schwab.delayRefreshes(Duration.ofMillis(300));

        quoteConcurrently(client, 8);
        quoteConcurrently(client, 8);

        assertThat(schwab.refreshGrants()).as("the 2-minute token is fresh for a minute").isEqualTo(1);
        assertThat(schwab.hits(StandInSchwab.QUOTES)).isEqualTo(16);
    }

    @Test
    void aSecond401AfterTheRefreshAsksForANewLogin() {
        SchwabClient client = clientLoggedIn(Instant.now().plus(Duration.ofMinutes(30)));
        String unauthorized = "{\"errors\":[{\"id\":\"x\",\"status\":401,\"title\":\"Unauthorized\"}]}";
        schwab.script(StandInSchwab.QUOTES, Scripted.answer(401, unauthorized), Scripted.answer(401, unauthorized));

        assertThatThrownBy(() -> client.marketData().quotes(AAPL))
                .isInstanceOf(ReloginRequiredException.class)
                .hasMessageContaining("rejected a freshly refreshed access token");
        assertThat(schwab.refreshGrants()).isEqualTo(1);
    }

    @Test
    void aRevokedRefreshTokenBehindA401AsksForANewLogin() {
        SchwabClient client = clientLoggedIn(Instant.now().plus(Duration.ofMinutes(30)));
        schwab.expireAccessToken();
        schwab.revokeRefreshToken();

        assertThatThrownBy(() -> client.marketData().quotes(AAPL))
                .isInstanceOf(ReloginRequiredException.class)
                .hasMessageContaining("token refresh refused by Schwab (HTTP 400 refresh_token_authentication_error)");
    }

    private static void quoteConcurrently(SchwabClient client, int callers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<QuoteBatch>> calls = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int caller = 0; caller < callers; caller++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return client.marketData().quotes(AAPL);
                }));
            }
            start.countDown();
            for (Future<QuoteBatch> call : calls) {
                assertThat(call.get().quote("AAPL")).isPresent();
            }
        }
    }

    private SchwabClient clientLoggedIn(Instant accessTokenExpiresAt) {
        InMemoryTokenStore store = InMemoryTokenStore.holding(schwab.loggedIn(accessTokenExpiresAt));
        return schwab.client(store, StandInSchwab.fastSettings());
    }
}
