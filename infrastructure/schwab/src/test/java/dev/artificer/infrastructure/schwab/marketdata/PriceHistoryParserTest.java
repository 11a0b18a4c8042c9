package dev.artificer.infrastructure.schwab.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PriceHistoryParserTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant NOW = Instant.parse("2021-12-10T12:01:30Z");
    private static final PriceHistoryRequest ONE_MINUTE = PriceHistoryRequest.builder(AAPL)
            .period(PeriodType.DAY, 1).frequency(FrequencyType.MINUTE, 1).build();

    private static final String CANDLE_LIST = """
            {"candles":[
              {"close":175.04,"datetime":1639137600000,"datetimeISO8601":"2021-12-10T12:00:00Z","high":175.15,
               "low":175.01,"open":175.01,"volume":10719},
              {"close":175.05,"datetime":1639137660000,"high":175.09,"low":175.05,"open":175.08,"volume":500}],
             "empty":false,"previousClose":174.56,"previousCloseDate":1639029600000,"symbol":"AAPL"}
            """;

    @Test
    void readsCandlesAsBarsStartingAtTheirEpochMillisDatetime() {
        PriceHistory history = PriceHistoryParser.parse(CANDLE_LIST, ONE_MINUTE, NOW);

        assertThat(history.bars()).containsExactly(
                new Bar(AAPL, Timeframe.ONE_MINUTE, Instant.ofEpochMilli(1639137600000L),
                        175.01, 175.15, 175.01, 175.04, 10719),
                new Bar(AAPL, Timeframe.ONE_MINUTE, Instant.ofEpochMilli(1639137660000L),
                        175.08, 175.09, 175.05, 175.05, 500));
    }

    @Test
    void readsThePreviousClose() {
        PriceHistory history = PriceHistoryParser.parse(CANDLE_LIST, ONE_MINUTE, NOW);

        assertThat(history.previousClose()).isEqualTo(174.56);
        assertThat(history.previousCloseDate()).isEqualTo(Instant.ofEpochMilli(1639029600000L));
    }

    @Test
    void readsAnEmptyAnswerAsNoBars() {
        PriceHistory history = PriceHistoryParser.parse("{\"candles\":[],\"empty\":true,\"symbol\":\"AAPL\"}",
                ONE_MINUTE, NOW);

        assertThat(history.bars()).isEmpty();
        assertThat(history.previousClose()).isNull();
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        assertThatThrownBy(() -> PriceHistoryParser.parse("{\"candles\":[{\"open\":1,", ONE_MINUTE, NOW))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("price history of AAPL: Schwab's answer is not valid JSON");
    }

    @Test
    void rejectsAnAnswerWithoutCandles() {
        assertThatThrownBy(() -> PriceHistoryParser.parse("{\"symbol\":\"AAPL\"}", ONE_MINUTE, NOW))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("lacks the 'candles' array");
    }

    @Test
    void rejectsACandleWithoutAClose() {
        String body = "{\"candles\":[{\"datetime\":1639137600000,\"open\":1,\"high\":1,\"low\":1,\"volume\":1}]}";

        assertThatThrownBy(() -> PriceHistoryParser.parse(body, ONE_MINUTE, NOW))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("candle 0: 'close' is missing or not a number");
    }

    @Test
    void candleThatIsNotAValidBarIsSkippedAndReportedWithItsReason() {
        String body = "{\"candles\":[{\"datetime\":1639137600000,\"open\":2,\"high\":1,\"low\":1,\"close\":2,"
                + "\"volume\":1},{\"datetime\":1639137660000,\"open\":2,\"high\":3,\"low\":1,\"close\":2,"
                + "\"volume\":5}]}";

        PriceHistory history = PriceHistoryParser.parse(body, ONE_MINUTE, NOW);

        assertThat(history.bars()).hasSize(1);
        assertThat(history.bars().getFirst().volume()).isEqualTo(5);
        assertThat(history.rejected()).singleElement().asString()
                .contains("candle 0")
                .contains("high 1.0 is below");
    }

    @Test
    void aCandleThatStartsAfterNowIsRejectedNotReturned() {
        PriceHistory history = PriceHistoryParser.parse(CANDLE_LIST, ONE_MINUTE, Instant.parse("2021-12-10T12:00:59Z"));

        assertThat(history.bars()).extracting(Bar::start).containsExactly(Instant.parse("2021-12-10T12:00:00Z"));
        assertThat(history.rejected()).containsExactly("price history of AAPL, candle 1: starts at 2021-12-10T12:01:00Z, "
                + "after now (2021-12-10T12:00:59Z)");
    }

    @Test
    void aCandleThatStartsExactlyNowIsKept() {
        PriceHistory history = PriceHistoryParser.parse(CANDLE_LIST, ONE_MINUTE, Instant.parse("2021-12-10T12:01:00Z"));

        assertThat(history.bars()).hasSize(2);
        assertThat(history.rejected()).isEmpty();
    }

    @Test
    void saysSoWhenTheFirstBarStartsMoreThanFiveDaysAfterTheRequestedStart() {
        Instant asked = Instant.parse("2021-12-05T11:59:59Z");
        PriceHistoryRequest request = between(asked, NOW);

        PriceHistory history = PriceHistoryParser.parse(CANDLE_LIST, request, NOW);

        assertThat(history.notices()).containsExactly("Schwab returned AAPL 1m bars from 2021-12-10T12:00:00Z on, "
                + "not from 2021-12-05T11:59:59Z as requested (Schwab keeps 1m bars for about 48 days)");
    }

    @Test
    void aFirstBarWithinFiveDaysOfTheStartIsAClosedMarketNotAShortenedRange() {
        PriceHistoryRequest request = between(Instant.parse("2021-12-05T12:00:00Z"), NOW);

        assertThat(PriceHistoryParser.parse(CANDLE_LIST, request, NOW).notices()).isEmpty();
    }

    @Test
    void saysSoWhenNothingCameBackForARangeBeyondSchwabsReach() {
        PriceHistoryRequest request = between(Instant.parse("2021-10-01T00:00:00Z"), Instant.parse("2021-10-22T00:00:00Z"));

        PriceHistory history = PriceHistoryParser.parse("{\"candles\":[],\"empty\":true}", request, NOW);

        assertThat(history.notices()).containsExactly("Schwab returned no AAPL 1m bars from 2021-10-01T00:00:00Z to "
                + "2021-10-22T00:00:00Z (Schwab keeps 1m bars for about 48 days)");
    }

    @Test
    void anEmptyAnswerWithinReachIsNoNotice() {
        PriceHistoryRequest request = between(Instant.parse("2021-12-04T00:00:00Z"), Instant.parse("2021-12-05T00:00:00Z"));

        assertThat(PriceHistoryParser.parse("{\"candles\":[],\"empty\":true}", request, NOW).notices()).isEmpty();
    }

    private static PriceHistoryRequest between(Instant start, Instant end) {
        return PriceHistoryRequest.builder(AAPL).period(PeriodType.DAY, 1).frequency(FrequencyType.MINUTE, 1)
                .between(start, end).build();
    }
}
