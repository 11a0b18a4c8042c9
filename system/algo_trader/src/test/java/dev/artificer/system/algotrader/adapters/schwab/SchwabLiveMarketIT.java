package dev.artificer.system.algotrader.adapters.schwab;

import static dev.artificer.system.algotrader.stream.Eventually.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.SchwabClient;
import dev.artificer.infrastructure.schwab.standin.StandInStreamer;
import dev.artificer.infrastructure.schwab.stream.StreamerSettings;
import dev.artificer.system.algotrader.stream.LiveMarketListener;
import dev.artificer.system.algotrader.stream.LiveQuote;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Schwab's live market against the stand-in Schwab API and streamer, over real HTTP and WebSocket connections. */
class SchwabLiveMarketIT {

    private static final Symbol AAPL = Symbol.of("AAPL");

    private StandInStreaming standIns;
    private StandInStreamer streamer;
    private SchwabLiveMarket live;
    private final List<LiveQuote> quotes = new CopyOnWriteArrayList<>();
    private final List<Bar> minutes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        standIns = StandInStreaming.start();
        streamer = standIns.streamer();
        SchwabClient client = standIns.client();
        live = new SchwabLiveMarket(client.trader(), client.tokens(), StreamerSettings.defaults());
        live.start(Set.of(AAPL), new LiveMarketListener() {
            @Override
            public void quote(LiveQuote quote) {
                quotes.add(quote);
            }

            @Override
            public void minuteClosed(Bar minute) {
                minutes.add(minute);
            }
        });
        awaitUntil(() -> streamer.subscribed("LEVELONE_EQUITIES").contains("AAPL")
                && streamer.subscribed("CHART_EQUITY").contains("AAPL"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        live.close();
        standIns.close();
    }

    @Test
    void aQuoteArrivesWithTheSentBidAskLastVolumeAndQuoteTime() throws Exception {
        streamer.sendQuote("AAPL", Map.of(1, 189.82, 2, 189.86, 3, 189.84, 8, 35_062_311L, 34, 1_715_908_545_907L));

        awaitUntil(() -> !quotes.isEmpty());

        assertThat(quotes.getFirst()).isEqualTo(new LiveQuote(AAPL, 189.82, 189.86, 189.84, 35_062_311L,
                Instant.ofEpochMilli(1_715_908_545_907L)));
    }

    @Test
    void aCandleArrivesAsTheOneMinuteBarOfItsMinute() throws Exception {
        long minute = 1_715_908_500_000L;

        streamer.sendCandle("AAPL", 571, 189.80, 189.95, 189.71, 189.90, 48_213, minute);
        awaitUntil(() -> !minutes.isEmpty());

        assertThat(minutes.getFirst()).isEqualTo(new Bar(AAPL, Timeframe.ONE_MINUTE, Instant.ofEpochMilli(minute),
                189.80, 189.95, 189.71, 189.90, 48_213));
    }

    @Test
    void anImpossibleCandleIsLeftOutAndTheNextOneArrives() throws Exception {
        streamer.sendCandle("AAPL", 1, 10.0, 9.5, 10.0, 10.0, 100, 1_715_908_500_000L);
        streamer.sendCandle("AAPL", 2, 10.0, 10.5, 9.5, 10.2, 100, 1_715_908_560_000L);

        awaitUntil(() -> !minutes.isEmpty());

        assertThat(minutes).singleElement().extracting(Bar::start).isEqualTo(Instant.ofEpochMilli(1_715_908_560_000L));
    }
}
