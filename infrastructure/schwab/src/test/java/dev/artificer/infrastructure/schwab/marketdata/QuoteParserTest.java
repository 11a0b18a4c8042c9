package dev.artificer.infrastructure.schwab.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuoteParserTest {

    /** Shaped like Schwab's documented example, with the errors section of a partially invalid request. */
    private static final String QUOTES = """
            {"AAPL":{"assetMainType":"EQUITY","symbol":"AAPL","quoteType":"NBBO","realtime":true,"ssid":1973757747,
              "reference":{"cusip":"037833100","description":"Apple Inc","exchange":"Q","exchangeName":"NASDAQ"},
              "quote":{"52WeekHigh":169,"52WeekLow":1.1,"askMICId":"MEMX","askPrice":168.41,"askSize":400,
                "askTime":1644854683672,"bidPrice":168.4,"bidSize":400,"closePrice":177.57,"highPrice":169,
                "lastPrice":168.405,"lowPrice":167.09,"mark":168.405,"netChange":-9.165,
                "netPercentChange":-5.161344821760428,"openPrice":167.37,"quoteTime":1644854683672,
                "securityStatus":"Normal","totalVolume":22361159,"tradeTime":1644854683408,"volatility":0.0347},
              "fundamental":{"avg10DaysVolume":1,"avg1YearVolume":0,"divAmount":1.1,"divFreq":0,"divPayAmount":0,
                "divYield":1.1,"eps":0,"fundLeverageFactor":1.1,"peRatio":1.1,
                "nextDivExDate":"2021-12-27T06:00:00Z"},
              "regular":{"regularMarketLastPrice":168.405}},
             "$SPX":{"assetMainType":"INDEX","symbol":"$SPX","realtime":true,"ssid":1819771877,
              "reference":{"description":"S&P 500","exchange":"0","exchangeName":"Index"},
              "quote":{"52WeekHigh":4423.46,"closePrice":4766.18,"lastPrice":4396.2,"totalVolume":628009977,
                "tradeTime":1644854683056,"quoteTime":0}},
             "errors":{"invalidSymbols":["NOPE","ZZZZZ"]}}
            """;

    @Test
    void readsQuotesKeyedBySymbol() {
        QuoteBatch batch = QuoteParser.parse(QUOTES);

        assertThat(batch.quotes()).containsOnlyKeys("AAPL", "$SPX");
        Quote apple = batch.quote("AAPL").orElseThrow();
        assertThat(apple.assetMainType()).isEqualTo("EQUITY");
        assertThat(apple.realtime()).isTrue();
        assertThat(apple.description()).isEqualTo("Apple Inc");
        assertThat(apple.exchangeName()).isEqualTo("NASDAQ");
        assertThat(apple.cusip()).isEqualTo("037833100");
        assertThat(apple.bidPrice()).isEqualTo(168.4);
        assertThat(apple.askPrice()).isEqualTo(168.41);
        assertThat(apple.lastPrice()).isEqualTo(168.405);
        assertThat(apple.closePrice()).isEqualTo(177.57);
        assertThat(apple.totalVolume()).isEqualTo(22361159L);
        assertThat(apple.high52Week()).isEqualTo(169.0);
        assertThat(apple.tradeTime()).isEqualTo(Instant.ofEpochMilli(1644854683408L));
    }

    @Test
    void reportsInvalidSymbolsWithoutFailing() {
        QuoteBatch batch = QuoteParser.parse(QUOTES);

        assertThat(batch.invalidSymbols()).containsExactly("NOPE", "ZZZZZ");
        assertThat(batch.quote("NOPE")).isEmpty();
    }

    @Test
    void readsTheFundamentalBlock() {
        QuoteFundamentals fundamentals = QuoteParser.parse(QUOTES).quote("AAPL").orElseThrow().fundamentals();

        assertThat(fundamentals.peRatio()).isEqualTo(1.1);
        assertThat(fundamentals.divYield()).isEqualTo(1.1);
        assertThat(fundamentals.avg10DaysVolume()).isEqualTo(1L);
        assertThat(fundamentals.nextDivExDate()).isEqualTo("2021-12-27T06:00:00Z");
        assertThat(fundamentals.declarationDate()).isNull();
    }

    @Test
    void leavesWhatSchwabDidNotSendNull() {
        Quote index = QuoteParser.parse(QUOTES).quote("$SPX").orElseThrow();

        assertThat(index.bidPrice()).isNull();
        assertThat(index.askPrice()).isNull();
        assertThat(index.fundamentals()).isNull();
        assertThat(index.quoteTime()).as("Schwab sends 0 for no time").isNull();
    }

    @Test
    void readsAnAnswerWithOnlyInvalidSymbols() {
        QuoteBatch batch = QuoteParser.parse("{\"errors\":{\"invalidSymbols\":[\"NOPE\"]}}");

        assertThat(batch.quotes()).isEmpty();
        assertThat(batch.invalidSymbols()).containsExactly("NOPE");
    }

    @Test
    void rejectsAQuoteEntryThatIsNotAnObject() {
        assertThatThrownBy(() -> QuoteParser.parse("{\"AAPL\":42}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("quote of AAPL");
    }

    @Test
    void rejectsAQuoteWithoutAssetType() {
        assertThatThrownBy(() -> QuoteParser.parse("{\"AAPL\":{\"symbol\":\"AAPL\",\"quote\":{}}}"))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("'assetMainType' is missing");
    }
}
