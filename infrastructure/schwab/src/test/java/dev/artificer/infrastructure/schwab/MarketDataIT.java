package dev.artificer.infrastructure.schwab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.marketdata.FrequencyType;
import dev.artificer.infrastructure.schwab.marketdata.Instrument;
import dev.artificer.infrastructure.schwab.marketdata.Market;
import dev.artificer.infrastructure.schwab.marketdata.MarketDataClient;
import dev.artificer.infrastructure.schwab.marketdata.MarketHours;
import dev.artificer.infrastructure.schwab.marketdata.Mover;
import dev.artificer.infrastructure.schwab.marketdata.MoversIndex;
import dev.artificer.infrastructure.schwab.marketdata.MoversSort;
import dev.artificer.infrastructure.schwab.marketdata.PeriodType;
import dev.artificer.infrastructure.schwab.marketdata.PriceHistory;
import dev.artificer.infrastructure.schwab.marketdata.PriceHistoryRequest;
import dev.artificer.infrastructure.schwab.marketdata.QuoteBatch;
import dev.artificer.infrastructure.schwab.marketdata.SessionWindow;
import dev.artificer.infrastructure.schwab.standin.InMemoryTokenStore;
import dev.artificer.infrastructure.schwab.standin.Scripted;
import dev.artificer.infrastructure.schwab.standin.StandInSchwab;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every market data call over real HTTP, checking what is sent and what comes back. */
class MarketDataIT {

    private StandInSchwab schwab;
    private MarketDataClient marketData;

    @BeforeEach
    void startStandIn() throws IOException {
        schwab = StandInSchwab.start();
        InMemoryTokenStore store = InMemoryTokenStore.holding(
                schwab.loggedIn(Instant.now().plus(Duration.ofMinutes(30))));
        marketData = schwab.client(store, StandInSchwab.fastSettings()).marketData();
    }

    @AfterEach
    void stopStandIn() {
        schwab.close();
    }

    @Test
    void quotesManySymbolsInOneCallAndReportsTheInvalidOnes() {
        QuoteBatch batch = marketData.quotes(List.of("AAPL", "NOPE", "MSFT", "$SPX"));

        assertThat(batch.quotes()).containsOnlyKeys("AAPL", "MSFT", "$SPX");
        assertThat(batch.invalidSymbols()).containsExactly("NOPE");
        assertThat(batch.quote("MSFT").orElseThrow().lastPrice()).isEqualTo(168.405);
        assertThat(schwab.hits(StandInSchwab.QUOTES)).isEqualTo(1);
        assertThat(schwab.lastRequest(StandInSchwab.QUOTES).query())
                .containsEntry("symbols", "AAPL,NOPE,MSFT,$SPX")
                .containsEntry("fields", "quote,reference,fundamental");
    }

    @Test
    void readsPriceHistoryIntoBars() {
        Instant start = Instant.parse("2021-12-10T12:00:00Z");
        Instant end = Instant.parse("2021-12-10T21:00:00Z");
        PriceHistoryRequest request = PriceHistoryRequest.builder(Symbol.of("AAPL"))
                .period(PeriodType.DAY, 1)
                .frequency(FrequencyType.MINUTE, 5)
                .between(start, end)
                .extendedHours(true)
                .build();

        PriceHistory history = marketData.priceHistory(request);

        assertThat(history.bars()).extracting(Bar::start).containsExactly(start, start.plus(Duration.ofMinutes(5)),
                start.plus(Duration.ofMinutes(10)));
        assertThat(history.bars()).allSatisfy(bar -> assertThat(bar.timeframe()).isEqualTo(Timeframe.FIVE_MINUTES));
        assertThat(history.bars().getFirst().close()).isEqualTo(175.04);
        assertThat(schwab.lastRequest(StandInSchwab.PRICE_HISTORY).query())
                .containsEntry("symbol", "AAPL")
                .containsEntry("periodType", "day")
                .containsEntry("frequencyType", "minute")
                .containsEntry("frequency", "5")
                .containsEntry("startDate", String.valueOf(start.toEpochMilli()))
                .containsEntry("endDate", String.valueOf(end.toEpochMilli()))
                .containsEntry("needExtendedHoursData", "true");
    }

    @Test
    void dropsACandleThatStartsAfterNow() {
        Instant past = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        Instant future = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        schwab.script(StandInSchwab.PRICE_HISTORY, Scripted.answer(200, "{\"symbol\":\"AAPL\",\"empty\":false,"
                + "\"candles\":[" + candle(past) + "," + candle(future) + "]}"));

        PriceHistory history = marketData.priceHistory(PriceHistoryRequest.forTimeframe(Symbol.of("AAPL"),
                Timeframe.ONE_MINUTE, past.minus(Duration.ofMinutes(1)), future.plus(Duration.ofMinutes(1))));

        assertThat(history.bars()).extracting(Bar::start).containsExactly(past);
        assertThat(history.rejected()).singleElement().asString().contains("starts at " + future + ", after now");
    }

    @Test
    void saysInOneLineThatOneMinuteHistoryCameBackShortenedToSchwabsReach() {
        schwab.generateHistory(0, Duration.ofDays(48));
        Instant end = Instant.now().minus(Duration.ofDays(1));
        Instant start = end.minus(Duration.ofDays(60));

        PriceHistory history = marketData.priceHistory(PriceHistoryRequest.forTimeframe(Symbol.of("AAPL"),
                Timeframe.ONE_MINUTE, start, end));

        Instant first = history.bars().getFirst().start();
        assertThat(first).isAfter(Instant.now().minus(Duration.ofDays(48)).minus(Duration.ofMinutes(2)));
        assertThat(history.notices()).containsExactly("Schwab returned AAPL 1m bars from " + first + " on, not from "
                + start + " as requested (Schwab keeps 1m bars for about 48 days)");
    }

    @Test
    void aRangeWithinReachComesBackWithoutNotice() {
        schwab.generateHistory(0, Duration.ofDays(48));
        Instant end = Instant.now().minus(Duration.ofDays(1));

        PriceHistory history = marketData.priceHistory(PriceHistoryRequest.forTimeframe(Symbol.of("AAPL"),
                Timeframe.ONE_MINUTE, end.minus(Duration.ofDays(10)), end));

        assertThat(history.bars()).isNotEmpty();
        assertThat(history.notices()).isEmpty();
    }

    private static String candle(Instant start) {
        return "{\"open\":10,\"high\":11,\"low\":9,\"close\":10.5,\"volume\":100,\"datetime\":" + start.toEpochMilli()
                + "}";
    }

    @Test
    void readsInstrumentsWithTheirFundamentals() {
        List<Instrument> instruments = marketData.fundamentals(List.of(Symbol.of("AAPL"), Symbol.of("MSFT")));

        assertThat(instruments).extracting(Instrument::symbol).containsExactly("AAPL", "MSFT");
        assertThat(instruments.getFirst().fundamental().peRatio()).isEqualTo(27.6);
        assertThat(schwab.lastRequest("/marketdata/v1/instruments").query())
                .containsEntry("symbol", "AAPL,MSFT")
                .containsEntry("projection", "fundamental");
    }

    @Test
    void readsMarketHours() {
        List<MarketHours> hours = marketData.marketHours(EnumSet.of(Market.EQUITY, Market.OPTION),
                LocalDate.of(2024, 3, 15));

        assertThat(hours.getFirst().regularMarket()).containsExactly(new SessionWindow(
                Instant.parse("2024-03-15T13:30:00Z"), Instant.parse("2024-03-15T20:00:00Z")));
        assertThat(schwab.lastRequest("/marketdata/v1/markets").query())
                .containsEntry("markets", "equity,option")
                .containsEntry("date", "2024-03-15");
    }

    @Test
    void readsMoversOfAnIndex() {
        List<Mover> movers = marketData.movers(MoversIndex.DJI, MoversSort.PERCENT_CHANGE_UP, 5);

        assertThat(movers).containsExactly(new Mover("ACME", "Mover of $DJI", "up", 10.0, 100.0, 100L));
        assertThat(schwab.lastRequest("/marketdata/v1/movers/$DJI").query())
                .containsEntry("sort", "PERCENT_CHANGE_UP")
                .containsEntry("frequency", "5");
    }
}
