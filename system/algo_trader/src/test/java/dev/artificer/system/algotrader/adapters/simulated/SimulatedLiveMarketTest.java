package dev.artificer.system.algotrader.adapters.simulated;

import static dev.artificer.system.algotrader.stream.Eventually.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.stream.LiveMarketListener;
import dev.artificer.system.algotrader.stream.LiveQuote;
import dev.artificer.system.algotrader.trading.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedLiveMarketTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    /** 09:30:30 New York on Tuesday 2026-12-01. */
    private static final Instant IN_THE_FIRST_MINUTE = Instant.parse("2026-12-01T14:30:30Z");

    private final MutableClock clock = new MutableClock(IN_THE_FIRST_MINUTE);
    private final SimulatedMarket market = new SimulatedMarket(clock);
    private final SimulatedLiveMarket live = new SimulatedLiveMarket(market, clock, Duration.ofMillis(10));
    private final List<LiveQuote> quotes = new CopyOnWriteArrayList<>();
    private final List<Bar> minutes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        live.close();
    }

    private void start() {
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
    }

    @Test
    void eachMinuteThatClosesIsSentOnceAndIsTheBarThePriceHistoryGives() throws Exception {
        start();
        awaitUntil(() -> !quotes.isEmpty());
        assertThat(minutes).as("the minute in progress is not sent").isEmpty();

        clock.set(IN_THE_FIRST_MINUTE.plus(Duration.ofMinutes(3)));
        awaitUntil(() -> minutes.size() >= 3);
        Thread.sleep(100);

        assertThat(minutes).isEqualTo(market.history(AAPL, Timeframe.ONE_MINUTE, Instant.parse("2026-12-01T14:30:00Z"),
                Instant.parse("2026-12-01T14:33:00Z")).bars());
    }

    @Test
    void aQuoteIsTheSimulatedPriceWithTheBidBelowAndTheAskAbove() throws Exception {
        start();

        awaitUntil(() -> !quotes.isEmpty());

        LiveQuote quote = quotes.getFirst();
        assertThat(quote.last()).isEqualTo(market.priceAt(AAPL, IN_THE_FIRST_MINUTE));
        assertThat(quote.bid()).isLessThan(quote.last());
        assertThat(quote.ask()).isGreaterThan(quote.last());
        assertThat(quote.time()).isEqualTo(IN_THE_FIRST_MINUTE);
    }

    @Test
    void theVolumeIsTheDaysSoFarAndGrowsByEachClosedMinute() throws Exception {
        Instant later = IN_THE_FIRST_MINUTE.plus(Duration.ofMinutes(30));
        clock.set(later);
        start();
        awaitUntil(() -> !quotes.isEmpty());
        long traded = market.history(AAPL, Timeframe.ONE_MINUTE, Instant.parse("2026-12-01T05:00:00Z"),
                Instant.parse("2026-12-01T15:00:00Z")).bars().stream().mapToLong(Bar::volume).sum();
        assertThat(quotes.getFirst().volume()).as("09:30 to 10:00").isEqualTo(traded);

        clock.set(later.plus(Duration.ofMinutes(1)));
        awaitUntil(() -> !minutes.isEmpty() && quotes.getLast().time().isAfter(later));

        assertThat(quotes.getLast().volume()).isEqualTo(traded + minutes.getFirst().volume());
    }
}
