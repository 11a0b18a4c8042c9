package dev.artificer.infrastructure.schwab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.SchwabApiException;
import dev.artificer.infrastructure.schwab.oauth.AuthorizationRequest;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.Scripted;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.infrastructure.schwab.trader.AccountHash;
import dev.artificer.infrastructure.schwab.trader.EquityOrder;
import dev.artificer.infrastructure.schwab.trader.Instruction;
import dev.artificer.infrastructure.schwab.trader.TraderClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs every logging path of the client at DEBUG (slf4j-simple, see simplelogger.properties) and checks that
 * neither the log nor any exception message holds the app secret, a code or a token.
 */
class SecretsNeverLoggedIT {

    private static final List<String> AAPL = List.of("AAPL");

    private StandInSchwab schwab;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final List<String> messages = new ArrayList<>();
    private PrintStream originalErr;

    @BeforeEach
    void captureTheLog() throws IOException {
        schwab = StandInSchwab.start();
        originalErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheLog() {
        System.setErr(originalErr);
        schwab.close();
    }

    @Test
    void noSecretReachesTheLogOrAnExceptionMessage() throws Exception {
        SchwabClient client = schwab.client(new InMemoryTokenStore(), StandInSchwab.fastSettings());
        AuthorizationRequest login = client.tokens().startLogin();
        client.tokens().completeLogin(browserRedirectFrom(login), login.state());
        client.marketData().quotes(AAPL);
        schwab.expireAccessToken();
        client.marketData().quotes(AAPL);
        schwab.script(StandInSchwab.QUOTES, Scripted.serverError(), Scripted.tooManyRequests(0));
        client.marketData().quotes(AAPL);
        placeOrders(client.trader());
        schwab.expireAccessToken();
        schwab.revokeRefreshToken();
        attempt(() -> client.marketData().quotes(AAPL));
        attempt(() -> client.tokens().completeLogin(browserRedirectFrom(login) + "x", login.state()));
        System.err.flush();

        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).as("the log was captured")
                .contains("Schwab login complete", "refreshed the Schwab access token", "HTTP 500", "HTTP 429",
                        "HTTP 401", "sending GET /marketdata/v1/quotes", "sending POST /trader/v1/accounts/");
        assertThat(messages).hasSize(4);
        for (String secret : schwab.secrets()) {
            assertThat(logged).doesNotContain(secret);
            assertThat(messages).noneMatch(message -> message.contains(secret));
        }
    }

    private void placeOrders(TraderClient trader) {
        AccountHash account = trader.accountHash(StandInSchwab.ACCOUNT_NUMBER);
        EquityOrder order = EquityOrder.limit(Symbol.of("AAPL"), Instruction.BUY, 1, 100);
        trader.placeOrder(account, order);
        schwab.expireAccessToken();
        trader.placeOrder(account, order);
        schwab.rejectNextOrder("Insufficient buying power");
        attempt(() -> trader.placeOrder(account, order));
        schwab.script(StandInSchwab.ordersPath(StandInSchwab.ACCOUNT_HASH), Scripted.serverError());
        attempt(() -> trader.placeOrder(account, order));
    }

    private void attempt(Runnable call) {
        try {
            call.run();
        } catch (SchwabApiException failure) {
            messages.add(failure.getMessage());
        }
    }

    private static String browserRedirectFrom(AuthorizationRequest login) {
        try (HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return browser.send(HttpRequest.newBuilder(login.url()).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow();
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
