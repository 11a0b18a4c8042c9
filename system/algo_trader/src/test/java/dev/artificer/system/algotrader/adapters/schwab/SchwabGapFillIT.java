package dev.artificer.system.algotrader.adapters.schwab;

import static dev.artificer.system.algotrader.stream.Eventually.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.SchwabClient;
import dev.artificer.infrastructure.schwab.standin.StandInStreamer;
import dev.artificer.infrastructure.schwab.stream.StreamerSettings;
import dev.artificer.system.algotrader.adapters.jdbc.JdbcBarRepository;
import dev.artificer.system.algotrader.observability.ObservabilitySchema.Metrics;
import dev.artificer.system.algotrader.stream.IntradayBarBuilder;
import dev.artificer.system.algotrader.stream.LiveBars;
import dev.artificer.system.algotrader.stream.StreamMetrics;
import dev.artificer.system.algotrader.trading.MigratedDatabase;
import dev.artificer.system.algotrader.trading.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live feed's gaps filled through real sockets: Schwab's live market on the stand-in streamer, its gaps filled
 * from the stand-in API's price history, stored in the embedded database. The stand-in's series is its price history;
 * the streamer sends the same minutes as candles, and minutes that close while the connection is down are not sent.
 */
class SchwabGapFillIT {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant OPEN = Instant.parse("2026-12-01T14:30:00Z");

    private final MutableClock clock = new MutableClock(OPEN);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private StandInStreaming standIns;
    private StandInStreamer streamer;
    private SchwabMarketData history;
    private SchwabLiveMarket live;
    private MigratedDatabase database;
    private JdbcBarRepository bars;
    private int drops;

    @BeforeEach
    void start() throws Exception {
        standIns = StandInStreaming.start();
        standIns.schwab().generateHistory(0);
        streamer = standIns.streamer();
        SchwabClient client = standIns.client();
        history = new SchwabMarketData(client.marketData(), Clock.systemUTC(), meters);
        database = MigratedDatabase.h2();
        bars = new JdbcBarRepository(database.jdbc(), "h2");
        live = new SchwabLiveMarket(client.trader(), client.tokens(), StreamerSettings.builder()
                .heartbeatTimeout(Duration.ofSeconds(1)).backoff(Duration.ofMillis(20), Duration.ofMillis(200), 0.25)
                .build());
        live.start(Set.of(AAPL), new LiveBars(bars, history, SchwabMarketData.NAME, clock, new StreamMetrics(meters),
                closed -> { }));
        awaitUntil(() -> streamer.subscribed("CHART_EQUITY").contains("AAPL"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        live.close();
        standIns.close();
        database.close();
    }

    private List<Bar> series(int minutes) {
        return history.history(AAPL, Timeframe.ONE_MINUTE, OPEN, OPEN.plus(Duration.ofMinutes(minutes))).bars();
    }

    private void send(Bar minute) throws InterruptedException {
        clock.set(minute.start().plus(Duration.ofMinutes(1)).plusSeconds(1));
        int receivers = streamer.sendCandle("AAPL", minute.start().getEpochSecond() / 60, minute.open(),
                minute.high(), minute.low(), minute.close(), minute.volume(), minute.start().toEpochMilli());
        assertThat(receivers).as("a connection heard the candle of " + minute.start()).isEqualTo(1);
        awaitUntil(() -> bars.range(AAPL, Timeframe.ONE_MINUTE, minute.start(), minute.start().plusSeconds(1))
                .contains(minute));
    }

    private void dropAndAwaitTheReconnect() throws InterruptedException {
        int before = streamer.connectionsOpened();
        drops++;
        streamer.dropConnections();
        awaitUntil(() -> count(Metrics.STREAM_RECONNECTS) >= drops && streamer.connectionsOpened() > before
                && streamer.subscribed("CHART_EQUITY").contains("AAPL"));
    }

    private List<Bar> stored(Timeframe timeframe, int minutes) {
        return bars.range(AAPL, timeframe, OPEN, OPEN.plus(Duration.ofMinutes(minutes)));
    }

    private static List<Bar> built(List<Bar> minutes, Timeframe timeframe) {
        IntradayBarBuilder builder = new IntradayBarBuilder();
        List<Bar> built = new ArrayList<>();
        for (Bar minute : minutes) {
            builder.add(minute).stream().filter(bar -> bar.timeframe() == timeframe).forEach(built::add);
        }
        return built;
    }

    private double count(String meter) {
        return meters.counter(meter).count();
    }

    @Test
    void aTwoMinuteOutageIsFilledFromPriceHistoryWithNoGapAndNoDuplicate() throws Exception {
        List<Bar> series = series(10);
        for (int i = 0; i < 4; i++) {
            send(series.get(i));
        }

        dropAndAwaitTheReconnect();
        for (int i = 6; i < 10; i++) {
            send(series.get(i));
        }

        assertThat(stored(Timeframe.ONE_MINUTE, 10)).isEqualTo(series);
        Bar firstFive = new Bar(AAPL, Timeframe.FIVE_MINUTES, OPEN, series.get(0).open(),
                series.subList(0, 5).stream().mapToDouble(Bar::high).max().orElseThrow(),
                series.subList(0, 5).stream().mapToDouble(Bar::low).min().orElseThrow(), series.get(4).close(),
                5 * 1000);
        assertThat(stored(Timeframe.FIVE_MINUTES, 10)).hasSize(2).first().isEqualTo(firstFive);
        assertThat(stored(Timeframe.TEN_MINUTES, 10)).singleElement().extracting(Bar::open, Bar::close, Bar::volume)
                .containsExactly(series.getFirst().open(), series.getLast().close(), 10 * 1000L);
        assertThat(count(Metrics.STREAM_GAPS_FILLED)).isEqualTo(1);
        assertThat(count(Metrics.STREAM_GAP_MINUTES)).isEqualTo(2);
    }

    @Test
    void tenKilledConnectionsDuringARunLeaveTheStoredSeriesEqualToTheStandInsSeries() throws Exception {
        List<Bar> series = series(60);
        int next = 0;
        for (int kill = 0; kill < 10; kill++) {
            int until = next + 3 + kill % 3;
            while (next < until) {
                send(series.get(next++));
            }
            dropAndAwaitTheReconnect();
            if (kill % 4 == 1) {
                send(series.get(next - 1));
            }
            next += kill % 3;
        }
        while (next < series.size()) {
            send(series.get(next++));
        }

        assertThat(series).hasSize(60);
        assertThat(stored(Timeframe.ONE_MINUTE, 60)).isEqualTo(series);
        for (Timeframe timeframe : IntradayBarBuilder.BUILT) {
            assertThat(stored(timeframe, 60)).as(timeframe.code()).isEqualTo(built(series, timeframe));
        }
        assertThat(count(Metrics.STREAM_RECONNECTS)).isGreaterThanOrEqualTo(10);
    }
}
