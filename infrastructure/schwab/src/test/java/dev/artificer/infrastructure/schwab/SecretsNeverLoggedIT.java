package dev.artificer.infrastructure.schwab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.error.SchwabApiException;
import dev.artificer.infrastructure.schwab.oauth.AuthorizationRequest;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.Scripted;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.infrastructure.schwab.standin.StandInStreamer;
import dev.artificer.infrastructure.schwab.stream.SchwabStreamer;
import dev.artificer.infrastructure.schwab.stream.StreamListener;
import dev.artificer.infrastructure.schwab.stream.StreamService;
import dev.artificer.infrastructure.schwab.stream.StreamStatus;
import dev.artificer.infrastructure.schwab.stream.StreamerSettings;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs every logging path of the client at DEBUG (slf4j-simple, see simplelogger.properties), the streamer's
 * included, and checks that neither the log nor any exception message holds the app secret, a code or a token.
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

    @Test
    void noTokenReachesTheLogFromTheStreamerItsLoginDenialsOrItsProblems() throws Exception {
        StandInStreamer streamer = StandInStreamer.start(Duration.ofMillis(50));
        streamer.acceptTokens(schwab::acceptsAccessToken);
        schwab.streamerSocketUrl(streamer.url());
        SchwabClient client = schwab.client(InMemoryTokenStore.holding(schwab.loggedIn(Instant.now()
                .plus(Duration.ofMinutes(30)))), StandInSchwab.fastSettings());
        List<String> problems = new CopyOnWriteArrayList<>();
        AtomicInteger logins = new AtomicInteger();
        SchwabStreamer stream = SchwabStreamer.builder()
                .streamerInfo(client.trader().streamerInfo())
                .tokens(client.tokens())
                .settings(StreamerSettings.builder().backoff(Duration.ofMillis(10), Duration.ofMillis(50), 0.1)
                        .heartbeatTimeout(Duration.ofMillis(500)).maxLoginDenials(1).build())
                .listener(new StreamListener() {
                    @Override
                    public void onProblem(SchwabApiException problem) {
                        problems.add(problem.getMessage());
                    }

                    @Override
                    public void onStatus(StreamStatus status, String detail) {
                        if (status == StreamStatus.LOGGED_IN) {
                            logins.incrementAndGet();
                        }
                    }
                })
                .build();
        try {
            schwab.expireAccessToken();
            stream.start();
            stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(Symbol.of("AAPL")));
            waitFor(() -> logins.get() == 1 && streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));
            streamer.sendQuote("AAPL", Map.of(1, 10.5));
            streamer.dropConnections();
            waitFor(() -> logins.get() == 2);
            streamer.denyNextLogins(5);
            streamer.dropConnections();
            waitFor(() -> problems.size() == 1);
        } finally {
            stream.close();
            streamer.shutdown();
        }
        System.err.flush();

        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).as("the log was captured")
                .contains("Login Denied", "refreshed the Schwab access token", "LOGGED_IN", "DISCONNECTED");
        assertThat(streamer.loginTokens()).hasSizeGreaterThanOrEqualTo(4);
        for (String token : streamer.loginTokens()) {
            assertThat(logged).doesNotContain(token);
            assertThat(problems).noneMatch(message -> message.contains(token));
        }
        for (String secret : schwab.secrets()) {
            assertThat(logged).doesNotContain(secret);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the streamer did not get there in 5 s");
            }
            Thread.sleep(10);
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
