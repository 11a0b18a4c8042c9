package dev.artificer.system.algotrader.adapters.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The simulated market against the stylised facts of real equity returns (Cont 2001, "Empirical properties of asset
 * returns"): no exploitable autocorrelation of returns, clustered volatility (autocorrelated squared returns), fat
 * tails, overnight gaps, a U-shaped intraday volume profile, and no session on exchange holidays; and bars of every
 * size agree with the minutes they are made of.
 */
class SimulatedMarketRealismTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-11-20T22:00:00Z");
    private static final SimulatedMarket MARKET = new SimulatedMarket(Clock.fixed(NOW, ZoneOffset.UTC));
    private static final List<Symbol> SYMBOLS = List.of("AAPL", "MSFT", "SPY", "XOM", "JPM", "KO").stream()
            .map(Symbol::of).toList();

    private static List<Bar> daily(Symbol symbol, String from, String to) {
        return MARKET.history(symbol, Timeframe.DAILY, LocalDate.parse(from).atStartOfDay(NEW_YORK).toInstant(),
                LocalDate.parse(to).plusDays(1).atStartOfDay(NEW_YORK).toInstant()).bars();
    }

    private static double[] logReturns(List<Bar> bars) {
        return IntStream.range(1, bars.size()).mapToDouble(i -> Math.log(bars.get(i).close() / bars.get(i - 1).close()))
                .toArray();
    }

    private static double autocorrelation(double[] values, int lag) {
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < values.length; i++) {
            denominator += (values[i] - mean) * (values[i] - mean);
            if (i >= lag) {
                numerator += (values[i] - mean) * (values[i - lag] - mean);
            }
        }
        return numerator / denominator;
    }

    @Test
    void theExchangeIsClosedOnHolidaysAndOpenOn252DaysOf2024() {
        List<Bar> year = daily(Symbol.of("AAPL"), "2024-01-01", "2024-12-31");

        assertThat(year).hasSize(252);
        assertThat(year).extracting(bar -> bar.start().atZone(NEW_YORK).toLocalDate())
                .doesNotContain(LocalDate.parse("2024-07-04"), LocalDate.parse("2024-11-28"), LocalDate.parse("2024-03-29"));
    }

    @Test
    void aDaysFiveMinuteBarsAddUpToItsDailyBar() {
        Symbol apple = Symbol.of("AAPL");
        Bar day = daily(apple, "2026-11-18", "2026-11-18").getFirst();
        Instant start = LocalDate.parse("2026-11-18").atStartOfDay(NEW_YORK).toInstant();
        List<Bar> bars = MARKET.history(apple, Timeframe.FIVE_MINUTES, start, start.plusSeconds(86_400)).bars();

        assertThat(bars).hasSize(78);
        assertThat(bars.getFirst().open()).isEqualTo(day.open());
        assertThat(bars.getLast().close()).isEqualTo(day.close());
        assertThat(bars.stream().mapToDouble(Bar::high).max().orElseThrow()).isEqualTo(day.high());
        assertThat(bars.stream().mapToDouble(Bar::low).min().orElseThrow()).isEqualTo(day.low());
        assertThat(bars.stream().mapToLong(Bar::volume).sum()).isEqualTo(day.volume());
    }

    @Test
    void aBarInProgressHoldsOnlyTheMinutesThatHaveClosed() {
        Instant during = Instant.parse("2026-11-18T15:02:30Z"); // 10:02:30 in New York
        SimulatedMarket market = new SimulatedMarket(Clock.fixed(during, ZoneOffset.UTC));
        Instant midnight = LocalDate.parse("2026-11-18").atStartOfDay(NEW_YORK).toInstant();

        List<Bar> minutes = market.history(Symbol.of("AAPL"), Timeframe.ONE_MINUTE, midnight, during).bars();
        Bar today = market.history(Symbol.of("AAPL"), Timeframe.DAILY, midnight, during).bars().getLast();

        assertThat(minutes).hasSize(32);
        assertThat(today.close()).isEqualTo(minutes.getLast().close());
        assertThat(today.close()).isNotEqualTo(daily(Symbol.of("AAPL"), "2026-11-18", "2026-11-18").getFirst().close());
    }

    @Test
    void thePriceAtTheStartOfAMinuteIsThatMinutesOpen() {
        Instant minute = Instant.parse("2026-11-18T16:17:00Z");
        Bar bar = MARKET.history(Symbol.of("MSFT"), Timeframe.ONE_MINUTE, minute, minute.plusSeconds(60)).bars().getFirst();

        assertThat(MARKET.priceAt(Symbol.of("MSFT"), minute)).isEqualTo(bar.open());
        assertThat(MARKET.priceAt(Symbol.of("MSFT"), minute.plusSeconds(59))).isBetween(bar.low(), bar.high());
    }

    @Test
    void dailyReturnsHaveNoExploitableAutocorrelation() {
        for (Symbol symbol : SYMBOLS) {
            double[] returns = logReturns(daily(symbol, "2006-01-01", "2025-12-31"));
            // the 95 % band of a white-noise autocorrelation over ~5,000 days is +-0.028
            assertThat(Math.abs(autocorrelation(returns, 1))).as(symbol.value()).isLessThan(0.05);
        }
    }

    @Test
    void volatilityClusters() {
        for (Symbol symbol : SYMBOLS) {
            double[] squared = java.util.Arrays.stream(logReturns(daily(symbol, "2006-01-01", "2025-12-31")))
                    .map(r -> r * r).toArray();
            assertThat(autocorrelation(squared, 1)).as(symbol.value()).isGreaterThan(0.08);
        }
    }

    @Test
    void dailyReturnsHaveFatTails() {
        for (Symbol symbol : SYMBOLS) {
            double[] returns = logReturns(daily(symbol, "2006-01-01", "2025-12-31"));
            double mean = java.util.Arrays.stream(returns).average().orElseThrow();
            double second = java.util.Arrays.stream(returns).map(r -> Math.pow(r - mean, 2)).average().orElseThrow();
            double fourth = java.util.Arrays.stream(returns).map(r -> Math.pow(r - mean, 4)).average().orElseThrow();
            assertThat(fourth / (second * second)).as(symbol.value() + " kurtosis (3 for a normal)").isGreaterThan(4);
        }
    }

    @Test
    void mostSessionsOpenAwayFromThePreviousClose() {
        List<Bar> bars = daily(Symbol.of("AAPL"), "2025-01-01", "2025-12-31");
        long gapped = IntStream.range(1, bars.size()).filter(i -> bars.get(i).open() != bars.get(i - 1).close()).count();

        assertThat(gapped).isGreaterThan(bars.size() * 9L / 10);
    }

    @Test
    void intradayVolumeIsHighestAtTheOpenAndTheClose() {
        long[] byMinute = new long[390];
        for (Symbol symbol : SYMBOLS) {
            Instant from = LocalDate.parse("2026-10-01").atStartOfDay(NEW_YORK).toInstant();
            List<Bar> bars = MARKET.history(symbol, Timeframe.ONE_MINUTE, from, from.plusSeconds(30L * 86_400)).bars();
            for (Bar bar : bars) {
                int minute = bar.start().atZone(NEW_YORK).getHour() * 60 + bar.start().atZone(NEW_YORK).getMinute() - 570;
                byMinute[minute] += bar.volume();
            }
        }
        double open = IntStream.range(0, 30).mapToDouble(minute -> byMinute[minute]).sum();
        double midday = IntStream.range(180, 210).mapToDouble(minute -> byMinute[minute]).sum();
        double close = IntStream.range(360, 390).mapToDouble(minute -> byMinute[minute]).sum();

        assertThat(open).isGreaterThan(1.5 * midday);
        assertThat(close).isGreaterThan(1.3 * midday);
    }

    @Test
    void symbolsDriftDifferently() {
        List<Double> growth = SYMBOLS.stream().map(symbol -> {
            List<Bar> bars = daily(symbol, "2006-01-01", "2025-12-31");
            return bars.getLast().close() / bars.getFirst().close();
        }).toList();

        assertThat(growth).anyMatch(multiple -> multiple > 1.5).anyMatch(multiple -> multiple < 1.5);
    }
}
