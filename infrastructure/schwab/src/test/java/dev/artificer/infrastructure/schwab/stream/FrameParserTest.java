package dev.artificer.infrastructure.schwab.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streamer frames as the Streamer Guide shows them, read into events. */
class FrameParserTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final String ITEM_HEAD = "\"delayed\":false,\"assetMainType\":\"EQUITY\",\"assetSubType\":\"COE\","
            + "\"cusip\":\"037833100\"";

    private final FrameParser parser = new FrameParser(ChartEquityLayout.OBSERVED);
    private final Collected collected = new Collected();

    @Test
    void aLevelOneItemBecomesAQuoteWithTheSentValues() {
        parse(levelOne(1_715_908_546_054L, "{\"key\":\"AAPL\"," + ITEM_HEAD + ",\"1\":189.82,\"2\":189.86,"
                + "\"3\":189.84,\"4\":2,\"5\":3,\"8\":35062311,\"9\":100,\"34\":1715908545907,\"35\":1715908545839}"));

        assertThat(collected.quotes).containsExactly(new LevelOneQuote(AAPL, 189.82, 189.86, 189.84, 2, 3,
                35_062_311L, 100, 1_715_908_545_907L, 1_715_908_545_839L, 1_715_908_546_054L));
    }

    @Test
    void fieldsNotYetSentAreNaNMinusOneOrZero() {
        parse(levelOne(5, "{\"key\":\"AAPL\",\"3\":190.5}"));

        LevelOneQuote quote = collected.quotes.get(0);
        assertThat(quote.last()).isEqualTo(190.5);
        assertThat(quote.bid()).isNaN();
        assertThat(quote.ask()).isNaN();
        assertThat(quote.bidSize()).isEqualTo(-1);
        assertThat(quote.totalVolume()).isEqualTo(-1);
        assertThat(quote.quoteTime()).isNull();
        assertThat(quote.tradeTimeMillis()).isZero();
    }

    @Test
    void anUpdateKeepsTheSymbolsEarlierValuesOfTheFieldsItDoesNotSend() {
        parse(levelOne(1, "{\"key\":\"AAPL\",\"1\":10.0,\"2\":10.2,\"8\":500}"));
        parse(levelOne(2, "{\"key\":\"MSFT\",\"1\":400.0}"));
        parse(levelOne(3, "{\"key\":\"AAPL\",\"2\":10.1,\"8\":650}"));

        LevelOneQuote latest = collected.quotes.get(2);
        assertThat(latest.symbol()).isEqualTo(AAPL);
        assertThat(latest.bid()).isEqualTo(10.0);
        assertThat(latest.ask()).isEqualTo(10.1);
        assertThat(latest.totalVolume()).isEqualTo(650);
        assertThat(latest.sentAtMillis()).isEqualTo(3);
    }

    @Test
    void severalItemsOfOneFrameBecomeQuotesInTheirOrder() {
        parse(levelOne(1, "{\"key\":\"MSFT\",\"3\":1.0},{\"key\":\"AAPL\",\"3\":2.0},{\"key\":\"SPY\",\"3\":3.0}"));

        assertThat(collected.quotes).extracting(quote -> quote.symbol().value()).containsExactly("MSFT", "AAPL",
                "SPY");
        assertThat(collected.quotes).extracting(LevelOneQuote::last).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void fieldsThisClientDoesNotRequestAreSkippedWhateverTheirType() {
        parse(levelOne(1, "{\"key\":\"AAPL\",\"10\":191.0,\"15\":\"Société Générale – €\",\"14\":true,"
                + "\"99\":{\"nested\":[1,2,{\"x\":3}]},\"1\":189.5}"));

        assertThat(collected.quotes).singleElement().satisfies(quote -> {
            assertThat(quote.bid()).isEqualTo(189.5);
            assertThat(quote.last()).isNaN();
        });
    }

    @Test
    void aFrameLongerThanTheFirstBufferIsRead() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            items.append(i == 0 ? "" : ",").append("{\"key\":\"S").append(i).append("\",\"3\":").append(i)
                    .append(".5}");
        }

        parse(levelOne(1, items.toString()));

        assertThat(collected.quotes).hasSize(200);
        assertThat(collected.quotes.get(199).last()).isEqualTo(199.5);
    }

    @Test
    void aHeartbeatNoticeIsAHeartbeat() {
        parse("{\"notify\":[{\"heartbeat\":\"1715908546054\"}]}");

        assertThat(collected.heartbeats).isEqualTo(1);
        assertThat(collected.responses).isEmpty();
    }

    @Test
    void aLoginResponseCarriesItsServiceCommandIdCodeAndMessage() {
        parse("{\"response\":[{\"service\":\"ADMIN\",\"command\":\"LOGIN\",\"requestid\":\"0\","
                + "\"SchwabClientCorrelId\":\"abc\",\"timestamp\":1715908546054,"
                + "\"content\":{\"code\":3,\"msg\":\"Login Denied.: token is invalid or has expired.\"}}]}");

        assertThat(collected.responses).containsExactly(new StreamerResponse("ADMIN", "LOGIN", "0", 3,
                "Login Denied.: token is invalid or has expired."));
    }

    @Test
    void aCodedNoticeIsAResponseWithoutACommand() {
        parse("{\"notify\":[{\"service\":\"ADMIN\",\"timestamp\":1,\"content\":{\"code\":12,\"msg\":\"closed\"}}]}");

        assertThat(collected.responses).containsExactly(new StreamerResponse("ADMIN", "", "", 12, "closed"));
    }

    @Test
    void aCandleIsReadByTheObservedLayout() {
        parse(chart("{\"seq\":0,\"key\":\"AAPL\",\"1\":571,\"2\":189.80,\"3\":189.95,\"4\":189.71,\"5\":189.90,"
                + "\"6\":48213.0,\"7\":1715908500000,\"8\":19860}"));

        assertThat(collected.candles).containsExactly(new ChartCandle(AAPL, 1_715_908_500_000L, 189.80, 189.95,
                189.71, 189.90, 48_213, 571, 19_860));
    }

    @Test
    void aCandleIsAOneMinuteBarOfItsSymbol() {
        parse(chart("{\"key\":\"AAPL\",\"1\":571,\"2\":189.80,\"3\":189.95,\"4\":189.71,\"5\":189.90,"
                + "\"6\":48213.0,\"7\":1715908500000,\"8\":19860}"));

        assertThat(collected.candles.get(0).toBar()).isEqualTo(new Bar(AAPL, Timeframe.ONE_MINUTE,
                Instant.parse("2024-05-17T01:15:00Z"), 189.80, 189.95, 189.71, 189.90, 48_213));
    }

    @Test
    void theGuideLayoutReadsTheSameFieldsAsOtherValues() {
        String frame = chart("{\"key\":\"AAPL\",\"1\":10.0,\"2\":10.5,\"3\":9.5,\"4\":10.2,\"5\":1000,\"6\":7,"
                + "\"7\":1715908500000,\"8\":19860}");

        new FrameParser(ChartEquityLayout.GUIDE).parse(frame, collected);
        parse(frame);

        assertThat(collected.candles).containsExactly(new ChartCandle(AAPL, 1_715_908_500_000L, 10.0, 10.5, 9.5,
                10.2, 1000, 7, 19_860));
        assertThat(collected.rejections).containsExactly(new CandleRejection("AAPL", "high 9.5 is below low 10.2"));
    }

    @Test
    void aCandleWithoutAllItsValuesIsRejectedNamingTheMissingOne() {
        parse(chart("{\"key\":\"AAPL\",\"1\":1,\"2\":10.0,\"3\":10.5,\"4\":9.5,\"6\":100,\"7\":1,\"8\":1}"));

        assertThat(collected.rejections).containsExactly(new CandleRejection("AAPL", "it lacks the close"));
        assertThat(collected.candles).isEmpty();
    }

    @Test
    void aCandleWithoutAKeyIsRejected() {
        parse(chart("{\"1\":1,\"2\":10.0,\"3\":10.5,\"4\":9.5,\"5\":10.0,\"6\":100,\"7\":1,\"8\":1}"));

        assertThat(collected.rejections).containsExactly(new CandleRejection(null, "it has no valid 'key'"));
    }

    @Test
    void dataOfAnotherServiceIsIgnored() {
        parse("{\"data\":[{\"service\":\"NASDAQ_BOOK\",\"timestamp\":1,\"command\":\"SUBS\","
                + "\"content\":[{\"key\":\"AAPL\",\"1\":5}]}]}");

        assertThat(collected.quotes).isEmpty();
        assertThat(collected.candles).isEmpty();
    }

    @Test
    void textThatIsNotJsonIsMalformedAndTheNextFrameIsStillRead() {
        assertThatThrownBy(() -> parse("not json"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageStartingWith("streamer frame skipped: it is not valid JSON");

        parse(levelOne(1, "{\"key\":\"AAPL\",\"1\":1.25}"));
        assertThat(collected.quotes).singleElement().extracting(LevelOneQuote::bid).isEqualTo(1.25);
    }

    @Test
    void aFrameCutShortIsMalformedAndDeliversNoQuoteOfItsLastItem() {
        assertThatThrownBy(() -> parse("{\"data\":[{\"service\":\"LEVELONE_EQUITIES\",\"content\":"
                + "[{\"key\":\"AAPL\",\"1\":"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("streamer frame skipped: it ends inside its JSON object");

        assertThat(collected.quotes).isEmpty();
        parse(levelOne(1, "{\"key\":\"AAPL\",\"1\":2.5}"));
        assertThat(collected.quotes).singleElement().extracting(LevelOneQuote::bid).isEqualTo(2.5);
    }

    @Test
    void aFrameWithMoreAfterItsObjectIsMalformed() {
        assertThatThrownBy(() -> parse("{\"notify\":[]} {\"notify\":[]}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("streamer frame skipped: more follows its JSON object");
    }

    @Test
    void aJsonArrayIsNotAFrame() {
        assertThatThrownBy(() -> parse("[1,2]"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessage("streamer frame skipped: it is not a JSON object");
    }

    private void parse(String frame) {
        parser.parse(new StringBuilder(frame), collected);
    }

    private static String levelOne(long timestamp, String items) {
        return "{\"data\":[{\"service\":\"LEVELONE_EQUITIES\",\"timestamp\":" + timestamp
                + ",\"command\":\"SUBS\",\"content\":[" + items + "]}]}";
    }

    private static String chart(String items) {
        return "{\"data\":[{\"service\":\"CHART_EQUITY\",\"timestamp\":1,\"command\":\"SUBS\",\"content\":["
                + items + "]}]}";
    }

    /** Keeps what the parser hands over. */
    private static final class Collected implements FrameHandler {
        private final List<LevelOneQuote> quotes = new ArrayList<>();
        private final List<ChartCandle> candles = new ArrayList<>();
        private final List<CandleRejection> rejections = new ArrayList<>();
        private final List<StreamerResponse> responses = new ArrayList<>();
        private int heartbeats;

        @Override
        public void quote(LevelOneQuote quote) {
            quotes.add(quote);
        }

        @Override
        public void candle(ChartCandle candle) {
            candles.add(candle);
        }

        @Override
        public void candleRejected(CandleRejection rejection) {
            rejections.add(rejection);
        }

        @Override
        public void response(StreamerResponse response) {
            responses.add(response);
        }

        @Override
        public void heartbeat() {
            heartbeats++;
        }
    }
}
