package dev.artificer.system.algotrader.adapters.yahoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.system.algotrader.adapters.yahoo.StandInYahoo.Day;
import dev.artificer.system.algotrader.marketdata.UnknownSymbolException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Yahoo chart client over real HTTP against the stand-in Yahoo: the bars it reads, splits, and every failure. */
class YahooChartIT {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final YahooChart.Retries QUICK = new YahooChart.Retries(3, Duration.ofMillis(10), Duration.ofMillis(40));
    private static final LocalDate MON = LocalDate.of(2024, 6, 3);

    private StandInYahoo yahoo;

    @BeforeEach
    void startStandIn() throws IOException {
        yahoo = StandInYahoo.start();
    }

    @AfterEach
    void stopStandIn() {
        yahoo.close();
    }

    private YahooChart chart() {
        return new YahooChart(yahoo.base(), Duration.ofSeconds(5), QUICK);
    }

    private static Day day(LocalDate day, double open, double high, double low, double close, long volume) {
        return new Day(day, open, high, low, close, volume);
    }

    private static LocalDate dayOf(Bar bar) {
        return bar.start().atZone(NEW_YORK).toLocalDate();
    }

    @Test
    void readsEachServedDayAsADailyBarStartingAtMidnightNewYork() {
        yahoo.serve("AAPL", List.of(day(MON, 190.5, 193.0, 189.25, 192.75, 50_123_456L),
                day(MON.plusDays(1), 192.8, 195.1, 192.0, 194.3, 41_000_000L)));

        YahooHistory history = chart().daily(AAPL, MON, MON.plusDays(1));

        assertThat(history.bars()).containsExactly(
                new Bar(AAPL, dev.artificer.component.market.Timeframe.DAILY, MON.atStartOfDay(NEW_YORK).toInstant(),
                        190.5, 193.0, 189.25, 192.75, 50_123_456L),
                new Bar(AAPL, dev.artificer.component.market.Timeframe.DAILY,
                        MON.plusDays(1).atStartOfDay(NEW_YORK).toInstant(), 192.8, 195.1, 192.0, 194.3, 41_000_000L));
        assertThat(history.rejected()).isEmpty();
    }

    @Test
    void asksForTheDaysFromMidnightOfTheFirstToMidnightAfterTheLastInNewYork() {
        yahoo.serve("AAPL", StandInYahoo.wave(MON.minusDays(14), MON.plusDays(14)));

        YahooHistory history = chart().daily(AAPL, MON, MON.plusDays(4));

        assertThat(history.bars()).extracting(YahooChartIT::dayOf)
                .containsExactly(MON, MON.plusDays(1), MON.plusDays(2), MON.plusDays(3), MON.plusDays(4));
        assertThat(yahoo.requests().getFirst().getRawQuery()).isEqualTo("period1="
                + MON.atStartOfDay(NEW_YORK).toEpochSecond() + "&period2=" + MON.plusDays(5).atStartOfDay(NEW_YORK).toEpochSecond()
                + "&interval=1d&events=split&includeAdjustedClose=true");
    }

    @Test
    void sendsABrowserUserAgentBecauseYahooRefusesOthers() {
        yahoo.serve("AAPL", StandInYahoo.wave(MON, MON));

        chart().daily(AAPL, MON, MON);

        assertThat(yahoo.userAgents()).singleElement().asString().startsWith("Mozilla/5.0");
    }

    @Test
    void keepsPricesYahooAlreadyAdjustedForASplitAsServed() {
        yahoo.serve("AAPL", List.of(day(MON, 100.0, 101.0, 99.0, 100.0, 4_000_000L),
                day(MON.plusDays(1), 100.5, 102.0, 100.0, 101.0, 3_000_000L))).split("AAPL", MON.plusDays(1), 4, 1);

        YahooHistory history = chart().daily(AAPL, MON, MON.plusDays(1));

        assertThat(history.bars().getFirst().close()).isEqualTo(100.0);
        assertThat(history.bars().getFirst().volume()).isEqualTo(4_000_000L);
        assertThat(history.splits()).containsExactly(new Split(MON.plusDays(1), 4, 1));
        assertThat(history.repaired()).isEmpty();
    }

    @Test
    void appliesASplitYahooMissedToEveryEarlierDayPricesDividedVolumeMultiplied() {
        // As traded before a 4:1 split: 400 a share; by hand, /4 gives 100, 101, 99, 100.5 and x4 gives 4,000,000 shares.
        yahoo.serve("AAPL", List.of(day(MON, 396.0, 404.0, 396.0, 402.0, 1_000_000L),
                        day(MON.plusDays(1), 400.0, 404.0, 396.0, 402.0, 1_000_000L),
                        day(MON.plusDays(2), 100.0, 101.5, 99.5, 101.0, 3_000_000L)))
                .split("AAPL", MON.plusDays(2), 4, 1);

        YahooHistory history = chart().daily(AAPL, MON, MON.plusDays(2));

        Bar before = history.bars().get(1);
        assertThat(List.of(before.open(), before.high(), before.low(), before.close())).containsExactly(100.0, 101.0, 99.0, 100.5);
        assertThat(before.volume()).isEqualTo(4_000_000L);
        assertThat(history.bars().getFirst().open()).isEqualTo(99.0);
        assertThat(history.bars().getLast().close()).isEqualTo(101.0);
        assertThat(history.bars().getLast().volume()).isEqualTo(3_000_000L);
        assertThat(history.repaired()).containsExactly(new Split(MON.plusDays(2), 4, 1));
    }

    @Test
    void leavesOutADayWithoutPricesAndSaysWhich() {
        yahoo.serve("AAPL", List.of(day(MON, 100.0, 101.0, 99.0, 100.0, 10L),
                new Day(MON.plusDays(1), null, null, null, null, null)));

        YahooHistory history = chart().daily(AAPL, MON, MON.plusDays(1));

        assertThat(history.bars()).hasSize(1);
        assertThat(history.rejected()).containsExactly(MON.plusDays(1) + ": no prices in the answer");
    }

    @Test
    void leavesOutADayWhosePricesMakeNoValidBarWithTheBarsOwnReason() {
        yahoo.serve("AAPL", List.of(day(MON, 100.0, 98.0, 99.0, 100.0, 10L)));

        YahooHistory history = chart().daily(AAPL, MON, MON);

        assertThat(history.bars()).isEmpty();
        assertThat(history.rejected()).singleElement().asString().startsWith(MON + ": invalid bar AAPL daily")
                .contains("high 98.0 is below max(open 100.0, close 100.0)");
    }

    @Test
    void anUnknownSymbolIsUnknownSymbolExceptionWithYahoosReason() {
        assertThatThrownBy(() -> chart().daily(Symbol.of("XYZZY"), MON, MON))
                .isInstanceOf(UnknownSymbolException.class)
                .hasMessage("unknown symbol XYZZY at Yahoo Finance (Not Found: No data found, symbol may be delisted)");
    }

    @Test
    void tooManyRequestsIsAskedAgainAfterAPause() {
        yahoo.serve("AAPL", StandInYahoo.wave(MON, MON)).thenAnswer(429, "Too Many Requests").thenAnswer(429, "Too Many Requests");

        YahooHistory history = chart().daily(AAPL, MON, MON);

        assertThat(history.bars()).hasSize(1);
        assertThat(yahoo.requests()).hasSize(3);
    }

    @Test
    void aServerErrorEveryTimeEndsInOneLineAfterTheLastAttempt() {
        yahoo.serve("AAPL", StandInYahoo.wave(MON, MON));
        for (int i = 0; i < QUICK.attempts(); i++) {
            yahoo.thenAnswer(500, "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Internal Server Error\",\"description\":\"\"}}}");
        }

        assertThatThrownBy(() -> chart().daily(AAPL, MON, MON))
                .isInstanceOf(YahooBusyException.class)
                .hasMessage("Yahoo Finance answered HTTP 500 for AAPL 3 times; try again later");
        assertThat(yahoo.requests()).hasSize(QUICK.attempts());
    }

    @Test
    void aBodyThatIsNotJsonIsOneLineNamingTheSymbol() {
        yahoo.thenAnswer(200, "<html>Will be right back</html>");

        assertThatThrownBy(() -> chart().daily(AAPL, MON, MON))
                .isInstanceOf(YahooException.class)
                .hasMessageStartingWith("Yahoo's answer for AAPL is not the chart JSON expected: not JSON")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
    }

    @Test
    void jsonWithoutAChartResultIsMalformed() {
        yahoo.thenAnswer(200, "{\"chart\":{\"result\":[],\"error\":null}}");

        assertThatThrownBy(() -> chart().daily(AAPL, MON, MON))
                .isInstanceOf(YahooException.class)
                .hasMessage("Yahoo's answer for AAPL is not the chart JSON expected: no chart.result");
    }

    @Test
    void noServerListeningIsCannotReachWithTheAddress() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        YahooChart nowhere = new YahooChart(URI.create("http://127.0.0.1:" + closed), Duration.ofSeconds(2), QUICK);

        assertThatThrownBy(() -> nowhere.daily(AAPL, MON, MON))
                .isInstanceOf(YahooException.class)
                .hasMessageStartingWith("cannot reach Yahoo Finance at http://127.0.0.1:" + closed);
    }

    @Test
    void aBadRequestIsRefusedWithYahoosDescription() {
        yahoo.thenAnswer(400, "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Bad Request\","
                + "\"description\":\"Invalid input - start date cannot be after end date\"}}}");

        assertThatThrownBy(() -> chart().daily(AAPL, MON, MON))
                .hasMessage("Yahoo Finance refused the request for AAPL: HTTP 400 Bad Request: Invalid input - start date "
                        + "cannot be after end date");
    }
}
