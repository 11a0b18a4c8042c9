package dev.artificer.system.algotrader.adapters.yahoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.adapters.yahoo.StandInYahoo.Day;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Yahoo Finance as the service's MarketDataSource, over a real socket to the stand-in of its chart API. */
class YahooMarketDataIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final Instant NOW = Instant.parse("2024-03-29T21:00:00Z");

    private StandInYahoo yahoo;
    private YahooMarketData source;

    @BeforeEach
    void start() throws IOException {
        yahoo = StandInYahoo.start();
        yahoo.serve("AAPL", List.of(
                new Day(LocalDate.parse("2024-02-26"), 10.0, 12.0, 9.0, 11.0, 100L),
                new Day(LocalDate.parse("2024-02-27"), 11.0, 15.0, 10.5, 14.0, 200L),
                new Day(LocalDate.parse("2024-02-29"), 14.0, 14.5, 8.0, 9.0, 300L),
                new Day(LocalDate.parse("2024-03-01"), 9.0, 10.0, 8.5, 9.5, 400L),
                new Day(LocalDate.parse("2024-03-04"), 9.5, 11.0, 9.0, 10.0, 500L)));
        source = new YahooMarketData(new YahooChart(yahoo.base(), Duration.ofSeconds(5),
                new YahooChart.Retries(2, Duration.ofMillis(10), Duration.ofMillis(20))), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        yahoo.close();
    }

    private static Instant midnight(String day) {
        return LocalDate.parse(day).atStartOfDay(NEW_YORK).toInstant();
    }

    private List<Bar> history(Timeframe timeframe, String from, String to) {
        return source.history(AAPL, timeframe, midnight(from), midnight(to)).bars();
    }

    @Test
    void dailyBarsAreYahoosDaysInTheRangeAsked() {
        assertThat(history(Timeframe.DAILY, "2024-02-27", "2024-03-01")).extracting(Bar::start, Bar::close)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(midnight("2024-02-27"), 14.0),
                        org.assertj.core.groups.Tuple.tuple(midnight("2024-02-29"), 9.0));
    }

    @Test
    void aWeeklyBarCombinesItsDaysAndStartsOnMonday() {
        Bar week = history(Timeframe.WEEKLY, "2024-02-26", "2024-03-04").getFirst();

        // by hand from the four days of the week of 2024-02-26
        assertThat(week.start()).isEqualTo(midnight("2024-02-26"));
        assertThat(List.of(week.open(), week.high(), week.low(), week.close())).containsExactly(10.0, 15.0, 8.0, 9.5);
        assertThat(week.volume()).isEqualTo(1_000);
    }

    @Test
    void aMonthlyBarStartsOnTheFirstOfTheMonth() {
        List<Bar> months = history(Timeframe.MONTHLY, "2024-02-01", "2024-03-05");

        assertThat(months).extracting(Bar::start).containsExactly(midnight("2024-02-01"), midnight("2024-03-01"));
        assertThat(months.getLast().open()).isEqualTo(9.0);
        assertThat(months.getLast().close()).isEqualTo(10.0);
    }

    @Test
    void intradayBarsAreNotOfferedAndYahooIsNotAsked() {
        assertThat(history(Timeframe.FIVE_MINUTES, "2024-02-26", "2024-03-04")).isEmpty();
        assertThat(yahoo.requests()).isEmpty();
    }

    @Test
    void itHasNoCompanyDataAndNamesItselfYahoo() {
        assertThat(source.company(AAPL)).isEmpty();
        assertThat(source.name()).isEqualTo("yahoo");
    }
}
