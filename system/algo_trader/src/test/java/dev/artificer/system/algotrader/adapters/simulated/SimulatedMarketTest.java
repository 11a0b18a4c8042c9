package dev.artificer.system.algotrader.adapters.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.UnknownSymbolException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedMarketTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-11-20T21:00:00Z");
    private static final SimulatedMarket MARKET = new SimulatedMarket(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final Symbol AAPL = Symbol.of("AAPL");

    private static List<Bar> week(Timeframe timeframe) {
        return MARKET.history(AAPL, timeframe, NOW.minus(Duration.ofDays(7)), NOW).bars();
    }

    @Test
    void sameRequestGivesTheSameBars() {
        assertThat(week(Timeframe.FIVE_MINUTES)).isEqualTo(week(Timeframe.FIVE_MINUTES));
    }

    @Test
    void overlappingRequestsAgreeOnTheirCommonBars() {
        List<Bar> whole = week(Timeframe.THIRTY_MINUTES);
        List<Bar> lastDays = MARKET.history(AAPL, Timeframe.THIRTY_MINUTES, NOW.minus(Duration.ofDays(2)), NOW).bars();

        assertThat(whole).containsSubsequence(lastDays);
    }

    @Test
    void intradayBarsFallInRegularHoursOnWeekdays() {
        assertThat(week(Timeframe.FIFTEEN_MINUTES)).isNotEmpty().allSatisfy(bar -> {
            var local = bar.start().atZone(NEW_YORK);
            assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(local.toLocalTime()).isBetween(LocalTime.of(9, 30), LocalTime.of(15, 45));
        });
    }

    @Test
    void oneTradingDayHas78FiveMinuteBars() {
        Instant friday = Instant.parse("2026-11-20T05:00:00Z");
        assertThat(MARKET.history(AAPL, Timeframe.FIVE_MINUTES, friday, friday.plus(Duration.ofDays(1))).bars()).hasSize(78);
    }

    @Test
    void noBarStartsInTheFuture() {
        assertThat(MARKET.history(AAPL, Timeframe.DAILY, NOW.minus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(30))).bars())
                .allSatisfy(bar -> assertThat(bar.start()).isBefore(NOW));
    }

    @Test
    void symbolsHaveDifferentPrices() {
        Bar apple = week(Timeframe.DAILY).getLast();
        Bar microsoft = MARKET.history(Symbol.of("MSFT"), Timeframe.DAILY, NOW.minus(Duration.ofDays(7)), NOW).bars().getLast();

        assertThat(apple.close()).isNotEqualTo(microsoft.close());
    }

    @Test
    void companyDataIsLabelledSimulated() {
        assertThat(MARKET.company(AAPL).orElseThrow().profile().description()).contains("simulated");
        assertThat(MARKET.name()).isEqualTo("simulated");
    }

    @Test
    void anUnknownTickerIsRefusedNamingWhatToDoInstead() {
        Symbol typo = Symbol.of("APPL");

        assertThatThrownBy(() -> MARKET.history(typo, Timeframe.DAILY, NOW.minus(Duration.ofDays(7)), NOW))
                .isInstanceOf(UnknownSymbolException.class)
                .hasMessage("unknown symbol APPL at simulated (it simulates only " + SimulatedSymbols.count()
                        + " well-known US tickers, e.g. AAPL MSFT SPY; for real bars of APPL run `data download APPL` "
                        + "or `data import`)");
    }

    @Test
    void anUnknownTickerIsRefusedBeforeAnythingIsFetched() {
        assertThatThrownBy(() -> MARKET.requireKnown(Symbol.of("XYZZY"))).isInstanceOf(UnknownSymbolException.class);
    }

    @Test
    void anUnknownTickerHasNoCompany() {
        assertThat(MARKET.company(Symbol.of("XYZZY"))).isEmpty();
    }

    @Test
    void theListedTickersAreSimulated() {
        assertThat(SimulatedSymbols.listed().split(" ")).hasSize(SimulatedSymbols.count())
                .allSatisfy(ticker -> assertThat(MARKET.history(Symbol.of(ticker), Timeframe.DAILY,
                        NOW.minus(Duration.ofDays(7)), NOW).bars()).isNotEmpty());
    }
}
