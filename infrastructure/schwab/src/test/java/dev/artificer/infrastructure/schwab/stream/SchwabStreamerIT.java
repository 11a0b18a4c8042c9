package dev.artificer.infrastructure.schwab.stream;

import static dev.artificer.infrastructure.schwab.stream.RecordingListener.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Symbol;
import dev.artificer.infrastructure.schwab.SchwabClient;
import dev.artificer.infrastructure.schwab.error.StreamerConnectionNotFoundException;
import dev.artificer.infrastructure.schwab.error.StreamerConnectionTakenOverException;
import dev.artificer.infrastructure.schwab.error.StreamerLoginDeniedException;
import dev.artificer.infrastructure.schwab.error.StreamerSymbolLimitException;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import dev.artificer.infrastructure.schwab.standin.StandInStreamer;
import dev.artificer.infrastructure.schwab.trader.StreamerInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The streamer client against a stand-in streamer over real WebSockets, with the streamer's address from the
 * stand-in Schwab's {@code GET /userPreference} and tokens from a real {@code SchwabTokenManager} refreshing at
 * the stand-in's token endpoint.
 */
class SchwabStreamerIT {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Symbol MSFT = Symbol.of("MSFT");
    private static final StreamerSettings FAST = StreamerSettings.builder()
            .connectTimeout(Duration.ofSeconds(2))
            .heartbeatTimeout(Duration.ofMillis(800))
            .backoff(Duration.ofMillis(20), Duration.ofMillis(200), 0.2)
            .build();

    /**
     * FAST but with a watchdog that never fires in a test about LOGIN answers: on a loaded machine a login answer can
     * take longer than FAST's 0.8 s, and the watchdog's reconnect would then wait for a subscription.
     */
    private static final StreamerSettings PATIENT_WATCHDOG = StreamerSettings.builder()
            .connectTimeout(Duration.ofSeconds(2))
            .heartbeatTimeout(Duration.ofSeconds(30))
            .backoff(Duration.ofMillis(20), Duration.ofMillis(200), 0.2)
            .build();

    private StandInSchwab schwab;
    private StandInStreamer streamer;
    private SchwabClient client;
    private final List<SchwabStreamer> streams = new ArrayList<>();

    @BeforeEach
    void startStandIns() throws Exception {
        schwab = StandInSchwab.start();
        streamer = StandInStreamer.start(Duration.ofMillis(100));
        streamer.acceptTokens(schwab::acceptsAccessToken);
        schwab.streamerSocketUrl(streamer.url());
        client = schwab.client(InMemoryTokenStore.holding(schwab.loggedIn(Instant.now().plus(Duration.ofMinutes(30)))),
                StandInSchwab.fastSettings());
    }

    @AfterEach
    void stopStandIns() throws InterruptedException {
        streams.forEach(SchwabStreamer::close);
        streamer.shutdown();
        schwab.close();
    }

    @Test
    void theStreamerAddressAndIdsComeFromTheUserPreference() {
        StreamerInfo info = client.trader().streamerInfo();

        assertThat(info.socketUrl()).isEqualTo(streamer.url());
        assertThat(info.customerId()).isEqualTo(StandInSchwab.STREAMER_CUSTOMER_ID);
        assertThat(info.correlId()).isEqualTo(StandInSchwab.STREAMER_CORREL_ID);
        assertThat(info.channel()).isEqualTo("N9");
        assertThat(info.functionId()).isEqualTo("APIAPP");
    }

    @Test
    void quotesArriveWithTheSentValuesAndLaterChangesAreMergedIntoThem() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL));
        await("AAPL subscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));

        streamer.sendQuote("AAPL", Map.of(1, 189.82, 2, 189.86, 3, 189.84, 4, 2, 5, 3, 8, 35_062_311L, 9, 100,
                34, 1_715_908_545_907L, 35, 1_715_908_545_839L));
        streamer.sendQuote("AAPL", Map.of(2, 189.9, 5, 7));
        await("two quotes", () -> heard.quotes.size() == 2);

        LevelOneQuote first = heard.quotes.get(0);
        assertThat(first).isEqualTo(new LevelOneQuote(AAPL, 189.82, 189.86, 189.84, 2, 3, 35_062_311L, 100,
                1_715_908_545_907L, 1_715_908_545_839L, first.sentAtMillis()));
        assertThat(first.sentAtMillis()).isPositive();
        LevelOneQuote second = heard.quotes.get(1);
        assertThat(second.ask()).isEqualTo(189.9);
        assertThat(second.askSize()).isEqualTo(7);
        assertThat(second.bid()).isEqualTo(189.82);
        assertThat(second.totalVolume()).isEqualTo(35_062_311L);
    }

    @Test
    void subscriptionsRequestTheirFieldsInAscendingOrder() throws Exception {
        SchwabStreamer stream = started(new RecordingListener());
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL));
        stream.subscribe(StreamService.CHART_EQUITY, List.of(AAPL));
        await("both subscribed", () -> streamer.requests("SUBS").size() == 2);

        for (var request : streamer.requests("SUBS")) {
            int[] fields = Arrays.stream(request.path("parameters").path("fields").asString().split(","))
                    .mapToInt(Integer::parseInt).toArray();
            assertThat(fields).isSorted().doesNotHaveDuplicates().startsWith(0);
        }
        assertThat(streamer.subscribed("LEVELONE_EQUITIES")).containsExactly("AAPL");
        assertThat(streamer.subscribed("CHART_EQUITY")).containsExactly("AAPL");
    }

    @Test
    void candlesArriveWithTheValuesOfTheObservedLayout() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.CHART_EQUITY, List.of(AAPL));
        await("AAPL candles subscribed", () -> streamer.subscribed("CHART_EQUITY").contains("AAPL"));

        long minute = 1_715_908_500_000L;
        streamer.sendCandle("AAPL", 571, 189.80, 189.95, 189.71, 189.90, 48_213, minute);
        await("a candle", () -> heard.candles.size() == 1);

        assertThat(heard.candles.get(0)).isEqualTo(new ChartCandle(AAPL, minute, 189.80, 189.95, 189.71, 189.90,
                48_213, 571, minute / 86_400_000L));
    }

    @Test
    void aCandleWithItsHighBelowItsLowIsRejectedWithTheReasonAndTheNextOneArrives() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.CHART_EQUITY, List.of(AAPL));
        await("AAPL candles subscribed", () -> streamer.subscribed("CHART_EQUITY").contains("AAPL"));

        streamer.sendCandle("AAPL", 1, 10.0, 9.5, 10.0, 10.0, 100, 1_715_908_500_000L);
        streamer.sendCandle("AAPL", 2, 10.0, 10.5, 9.5, 10.2, 100, 1_715_908_560_000L);
        await("a candle", () -> heard.candles.size() == 1);

        assertThat(heard.rejections).containsExactly(new CandleRejection("AAPL", "high 9.5 is below low 10.0"));
        assertThat(heard.candles.get(0).sequence()).isEqualTo(2);
    }

    @Test
    void aMalformedFrameIsSkippedAndTheConnectionGoesOn() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL));
        await("AAPL subscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));

        streamer.sendRaw("{\"data\":[{\"service\":\"LEVELONE_EQUITIES\",\"content\":[{\"key\":\"AAPL\",\"1\":");
        streamer.sendRaw("not json at all");
        streamer.sendQuote("AAPL", Map.of(1, 190.01));
        await("a quote", () -> heard.quotes.size() == 1);

        assertThat(heard.quotes.get(0).bid()).isEqualTo(190.01);
        assertThat(streamer.connectionsOpened()).isEqualTo(1);
        assertThat(heard.problems).isEmpty();
    }

    @Test
    void aDroppedConnectionIsReopenedAndEverySubscriptionIsSentAgain() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL, MSFT));
        stream.subscribe(StreamService.CHART_EQUITY, List.of(MSFT));
        await("subscribed", () -> streamer.subscribed("CHART_EQUITY").contains("MSFT"));

        streamer.dropConnections();
        await("a second login", () -> streamer.connectionsOpened() == 2 && heard.count(StreamStatus.LOGGED_IN) == 2);
        await("resubscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").size() == 2
                && streamer.subscribed("CHART_EQUITY").size() == 1);
        streamer.sendQuote("MSFT", Map.of(3, 415.5));
        await("a quote after the reconnect", () -> !heard.quotes.isEmpty());

        assertThat(streamer.subscribed("LEVELONE_EQUITIES")).containsExactlyInAnyOrder("AAPL", "MSFT");
        assertThat(streamer.subscribed("CHART_EQUITY")).containsExactly("MSFT");
        assertThat(heard.quotes.get(0).last()).isEqualTo(415.5);
        assertThat(heard.count(StreamStatus.DISCONNECTED)).isEqualTo(1);
    }

    @Test
    void aConnectionClosedRightBehindAFrameIsReplacedAtTheLatestByTheWatchdog() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL));
        await("subscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));

        for (int drop = 1; drop <= 3; drop++) {
            int logins = drop + 1;
            streamer.sendQuote("AAPL", Map.of(1, 10.0 + drop));
            streamer.dropConnections();
            await("login " + logins, () -> heard.count(StreamStatus.LOGGED_IN) == logins
                    && streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));
        }

        assertThat(streamer.connectionsOpened()).isEqualTo(4);
    }

    @Test
    void tenDropsInARowAreEachFollowedByALoginAndResubscription() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL));
        await("subscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));

        for (int drop = 1; drop <= 10; drop++) {
            int logins = drop + 1;
            streamer.dropConnections();
            await("login " + logins, () -> heard.count(StreamStatus.LOGGED_IN) == logins
                    && streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));
        }

        assertThat(streamer.requests("SUBS")).hasSize(11);
        assertThat(streamer.connectionsOpened()).isEqualTo(11);
    }

    @Test
    void aSilentConnectionIsReplacedByTheWatchdog() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL));
        await("subscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));

        streamer.goSilent();
        await("a second login", () -> heard.count(StreamStatus.LOGGED_IN) == 2);

        assertThat(heard.statuses).contains(new RecordingListener.Status(StreamStatus.DISCONNECTED,
                "no message for PT0.8S"));
        assertThat(streamer.connectionsOpened()).isEqualTo(2);
    }

    @Test
    void heartbeatsAloneKeepAQuietConnection() throws Exception {
        RecordingListener heard = new RecordingListener();
        started(heard);
        await("logged in", () -> heard.count(StreamStatus.LOGGED_IN) == 1);

        Thread.sleep(2_000);

        assertThat(streamer.connectionsOpened()).isEqualTo(1);
        assertThat(heard.count(StreamStatus.DISCONNECTED)).isZero();
    }

    @Test
    void aLoginDeniedForAnExpiredTokenIsRetriedWithARefreshedToken() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = built(heard);
        schwab.expireAccessToken();
        stream.start();
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL));

        await("logged in", () -> heard.count(StreamStatus.LOGGED_IN) == 1);
        await("subscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));

        List<String> tokens = streamer.loginTokens();
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(1)).isNotEqualTo(tokens.get(0));
        assertThat(schwab.acceptsAccessToken(tokens.get(1))).isTrue();
        assertThat(schwab.refreshGrants()).isEqualTo(1);
        assertThat(streamer.deniedLogins()).isEqualTo(1);
        assertThat(heard.problems).isEmpty();
    }

    @Test
    void aLoginDeniedOnceIsRetriedWithAFreshlyRefreshedToken() throws Exception {
        RecordingListener heard = new RecordingListener();
        streamer.denyNextLogins(1);
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL));

        await("subscribed", () -> heard.count(StreamStatus.LOGGED_IN) == 1
                && streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));

        List<String> tokens = streamer.loginTokens();
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(1)).isNotEqualTo(tokens.get(0));
        assertThat(schwab.refreshGrants()).isEqualTo(1);
        assertThat(heard.problems).isEmpty();
    }

    @Test
    void afterStopStreamingWithNothingSubscribedItReconnectsOnlyAtTheNextSubscription() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        await("logged in", () -> heard.count(StreamStatus.LOGGED_IN) == 1);

        streamer.stopStreaming();
        await("disconnected", () -> heard.count(StreamStatus.DISCONNECTED) == 1);
        Thread.sleep(500);
        assertThat(streamer.connectionsOpened()).isEqualTo(1);
        stream.subscribe(StreamService.CHART_EQUITY, List.of(AAPL));

        await("subscribed again", () -> streamer.subscribed("CHART_EQUITY").contains("AAPL"));
        assertThat(streamer.connectionsOpened()).isEqualTo(2);
        assertThat(heard.problems).isEmpty();
    }

    @Test
    void loginsDeniedMoreOftenThanAllowedStopTheStreamWithOneReport() throws Exception {
        RecordingListener heard = new RecordingListener();
        streamer.denyNextLogins(100);
        started(heard, PATIENT_WATCHDOG);

        await("stopped", () -> heard.count(StreamStatus.STOPPED) == 1);
        Thread.sleep(300);

        assertThat(heard.problems).singleElement().isInstanceOf(StreamerLoginDeniedException.class);
        assertThat(streamer.deniedLogins()).isEqualTo(PATIENT_WATCHDOG.maxLoginDenials() + 1);
        assertThat(streamer.connectionsOpened()).isEqualTo(PATIENT_WATCHDOG.maxLoginDenials() + 1);
    }

    @Test
    void code12IsReportedOnceAndTheStreamDoesNotReconnect() throws Exception {
        RecordingListener first = new RecordingListener();
        started(first);
        await("first logged in", () -> first.count(StreamStatus.LOGGED_IN) == 1);
        RecordingListener second = new RecordingListener();
        SchwabStreamer taker = started(second);
        taker.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL));

        await("the first stopped", () -> first.count(StreamStatus.STOPPED) == 1);
        await("the second subscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));
        Thread.sleep(1_000);
        streamer.sendQuote("AAPL", Map.of(1, 101.5));
        await("the second hears quotes", () -> second.quotes.size() == 1);

        assertThat(first.problems).singleElement().isInstanceOf(StreamerConnectionTakenOverException.class)
                .satisfies(problem -> assertThat(problem.getMessage()).contains("code 12", "took over"));
        assertThat(streamer.connectionsOpened()).isEqualTo(2);
        assertThat(streamer.openConnections()).isEqualTo(1);
        assertThat(second.problems).isEmpty();
    }

    @Test
    void code12SentByTheStreamerStopsTheOnlyConnection() throws Exception {
        RecordingListener heard = new RecordingListener();
        started(heard);
        await("logged in", () -> heard.count(StreamStatus.LOGGED_IN) == 1);

        streamer.closeWithCode12();
        await("stopped", () -> heard.count(StreamStatus.STOPPED) == 1);
        Thread.sleep(500);

        assertThat(heard.problems).hasSize(1);
        assertThat(streamer.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void aSymbolLimitAnswerIsReportedAsItsOwnExceptionAndTheStreamGoesOn() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL));
        await("subscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));
        streamer.failNext("ADD", 19);

        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(MSFT));
        await("a problem", () -> heard.problems.size() == 1);

        assertThat(heard.problems.get(0)).isInstanceOf(StreamerSymbolLimitException.class)
                .hasMessage("streamer code 19 to LEVELONE_EQUITIES ADD: Scripted failure");
        streamer.sendQuote("AAPL", Map.of(1, 1.5));
        await("a quote", () -> heard.quotes.size() == 1);
        assertThat(streamer.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void code20IsReportedAndTheStreamLogsInAgainWithEverySubscription() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL));
        await("subscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL"));
        streamer.failNext("ADD", 20);

        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(MSFT));
        await("a second login", () -> heard.count(StreamStatus.LOGGED_IN) == 2
                && streamer.subscribed("LEVELONE_EQUITIES").size() == 2);

        assertThat(heard.problems).singleElement().isInstanceOf(StreamerConnectionNotFoundException.class);
        assertThat(streamer.subscribed("LEVELONE_EQUITIES")).containsExactlyInAnyOrder("AAPL", "MSFT");
        assertThat(streamer.connectionsOpened()).isEqualTo(2);
    }

    @Test
    void unsubscribedSymbolsAreNotSentAgainAfterAReconnect() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        stream.subscribe(StreamService.LEVELONE_EQUITIES, List.of(AAPL, MSFT));
        await("subscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").size() == 2);

        stream.unsubscribe(StreamService.LEVELONE_EQUITIES, List.of(MSFT));
        await("unsubscribed", () -> streamer.subscribed("LEVELONE_EQUITIES").size() == 1);
        streamer.dropConnections();
        await("a second login", () -> heard.count(StreamStatus.LOGGED_IN) == 2
                && !streamer.subscribed("LEVELONE_EQUITIES").isEmpty());

        assertThat(streamer.subscribed("LEVELONE_EQUITIES")).isEqualTo(Set.of("AAPL"));
        assertThat(stream.subscriptions(StreamService.LEVELONE_EQUITIES)).isEqualTo(Set.of(AAPL));
    }

    @Test
    void closingLogsOutAndStops() throws Exception {
        RecordingListener heard = new RecordingListener();
        SchwabStreamer stream = started(heard);
        await("logged in", () -> heard.count(StreamStatus.LOGGED_IN) == 1);

        stream.close();
        await("logged out", () -> streamer.requests("LOGOUT").size() == 1 && streamer.openConnections() == 0);

        assertThat(heard.count(StreamStatus.STOPPED)).isEqualTo(1);
        assertThat(streamer.connectionsOpened()).isEqualTo(1);
    }

    private SchwabStreamer started(RecordingListener listener) {
        return started(listener, FAST);
    }

    private SchwabStreamer started(RecordingListener listener, StreamerSettings settings) {
        SchwabStreamer stream = built(listener, settings);
        stream.start();
        return stream;
    }

    private SchwabStreamer built(RecordingListener listener) {
        return built(listener, FAST);
    }

    private SchwabStreamer built(RecordingListener listener, StreamerSettings settings) {
        SchwabStreamer stream = client.streamer(listener, settings);
        streams.add(stream);
        return stream;
    }
}
