package dev.artificer.infrastructure.schwab.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.infrastructure.schwab.error.MalformedResponseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentParserTest {

    private static final String INSTRUMENTS = """
            {"instruments":[{"fundamental":{"symbol":"AAPL","high52":199.62,"low52":164.08,"dividendAmount":0.96,
              "dividendYield":0.5,"dividendDate":"2024-02-09 00:00:00.0","peRatio":27.6,"pegRatio":112.6,
              "pbRatio":45.9,"prRatio":7.4,"pcfRatio":23.9,"grossMarginTTM":45.03,"grossMarginMRQ":45.87,
              "netProfitMarginTTM":26.16,"netProfitMarginMRQ":28.36,"operatingMarginTTM":30.14,
              "operatingMarginMRQ":33.76,"returnOnEquity":154.27,"returnOnAssets":27.51,
              "returnOnInvestment":54.03,"quickRatio":0.92,"currentRatio":1.07,"interestCoverage":0,
              "totalDebtToCapital":56.35,"ltDebtToEquity":106.44,"totalDebtToEquity":140.97,"epsTTM":6.43,
              "epsChangePercentTTM":8.9,"epsChangeYear":0.2,"epsChange":0,"revChangeYear":-2.8,"revChangeTTM":-0.9,
              "revChangeIn":2.07,"sharesOutstanding":15441881000,"marketCapFloat":15.42,"marketCap":2740000,
              "bookValuePerShare":4.84,"shortIntToFloat":0,"shortIntDayToCover":0,"divGrowthRate3Year":0,
              "dividendPayAmount":0.24,"dividendPayDate":"2024-02-15 00:00:00.0","beta":1.29,"vol1DayAvg":52000000,
              "vol10DayAvg":56000000,"vol3MonthAvg":1160000000,"avg10DaysVolume":56451712,
              "avg1DayVolume":52340093,"avg3MonthVolume":58027333,"declarationDate":"2024-02-01 00:00:00.0",
              "dividendFreq":4,"eps":6.13,"corpactionDate":"2020-08-31 00:00:00.0","dtnVolume":49945289,
              "nextDividendPayDate":"2024-05-15 00:00:00.0","nextDividendDate":"2024-05-10 00:00:00.0",
              "fundLeverageFactor":0,"fundStrategy":""},
             "cusip":"037833100","symbol":"AAPL","description":"Apple Inc","exchange":"NASDAQ","assetType":"EQUITY"}]}
            """;

    @Test
    void readsAnInstrumentWithItsFundamentals() {
        Instrument apple = InstrumentParser.parse(INSTRUMENTS).getFirst();

        assertThat(apple.symbol()).isEqualTo("AAPL");
        assertThat(apple.cusip()).isEqualTo("037833100");
        assertThat(apple.description()).isEqualTo("Apple Inc");
        assertThat(apple.exchange()).isEqualTo("NASDAQ");
        assertThat(apple.assetType()).isEqualTo("EQUITY");
        Fundamental fundamental = apple.fundamental();
        assertThat(fundamental.peRatio()).isEqualTo(27.6);
        assertThat(fundamental.epsTTM()).isEqualTo(6.43);
        assertThat(fundamental.marketCap()).isEqualTo(2740000.0);
        assertThat(fundamental.sharesOutstanding()).isEqualTo(15441881000.0);
        assertThat(fundamental.beta()).isEqualTo(1.29);
        assertThat(fundamental.dividendFreq()).isEqualTo(4);
        assertThat(fundamental.avg10DaysVolume()).isEqualTo(56451712L);
        assertThat(fundamental.nextDividendDate()).isEqualTo("2024-05-10 00:00:00.0");
    }

    @Test
    void readsAnInstrumentWithoutFundamentals() {
        List<Instrument> instruments = InstrumentParser.parse("""
                {"instruments":[{"assetType":"EQUITY","cusip":"060505104","description":"Bank Of America Corp",
                 "exchange":"NYSE","symbol":"BAC"}]}
                """);

        assertThat(instruments).containsExactly(
                new Instrument("BAC", "060505104", "Bank Of America Corp", "NYSE", "EQUITY", null));
    }

    @Test
    void readsAnAnswerWithoutInstrumentsAsNone() {
        assertThat(InstrumentParser.parse("{}")).isEmpty();
    }

    @Test
    void rejectsAFundamentalWithAWronglyTypedField() {
        String body = "{\"instruments\":[{\"symbol\":\"AAPL\",\"fundamental\":{\"peRatio\":{\"nested\":1}}}]}";

        assertThatThrownBy(() -> InstrumentParser.parse(body))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("cannot read Fundamental");
    }
}
