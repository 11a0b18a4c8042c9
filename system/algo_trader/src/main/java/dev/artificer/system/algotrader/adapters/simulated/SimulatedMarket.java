package dev.artificer.system.algotrader.adapters.simulated;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.CompanyProfile;
import dev.artificer.component.market.Fundamentals;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import dev.artificer.system.algotrader.marketdata.CompanyInfo;
import dev.artificer.system.algotrader.marketdata.FetchedBars;
import dev.artificer.system.algotrader.marketdata.HistoryLimits;
import dev.artificer.system.algotrader.marketdata.MarketDataSource;
import dev.artificer.system.algotrader.marketdata.UnknownSymbolException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded MarketDataSource: a simulated market, clearly labelled {@code simulated}, that answers for the
 * well-known tickers of {@link SimulatedSymbols} (any other is refused with {@link UnknownSymbolException}) with a
 * deterministic price path (the same bar every time it is asked for), trading on weekdays 09:30-16:00
 * America/New_York. It lets the whole pipeline run on a machine with no Schwab account.
 */
public final class SimulatedMarket implements MarketDataSource {

    /** The source name stored with simulated data. */
    public static final String NAME = "simulated";

    private static final ZoneId MARKET = ZoneId.of("America/New_York");
    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 0);
    private static final double DAY_SECONDS = 86_400;

    private final Clock clock;

    /**
     * Creates the market.
     *
     * @param clock the time; no bar starts after it
     */
    public SimulatedMarket(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FetchedBars history(Symbol symbol, Timeframe timeframe, Instant from, Instant to) {
        requireKnown(symbol);
        Instant end = to.isBefore(clock.instant()) ? to : clock.instant();
        List<Bar> bars = new ArrayList<>();
        PricePath path = new PricePath(symbol);
        for (Instant start : starts(timeframe, from, end)) {
            Instant close = closeOf(timeframe, start);
            double open = path.priceAt(start);
            double last = path.priceAt(close);
            double spread = 0.002 + 0.004 * path.unit(start, 11);
            double high = Math.max(open, last) * (1 + spread * path.unit(start, 12));
            double low = Math.min(open, last) * (1 - spread * path.unit(start, 13));
            long volume = (long) (1_000 + timeframe.nominalLength().toMinutes() * 500 * (1 + path.unit(start, 14)));
            bars.add(new Bar(symbol, timeframe, start, round(open), round(high), round(low), round(last), volume));
        }
        return new FetchedBars(bars, List.of());
    }

    @Override
    public Optional<CompanyInfo> company(Symbol symbol) {
        if (!SimulatedSymbols.simulates(symbol)) {
            return Optional.empty();
        }
        PricePath path = new PricePath(symbol);
        Instant today = LocalDate.now(clock.withZone(MARKET)).atStartOfDay(MARKET).toInstant();
        double price = path.priceAt(today);
        double eps = price / (12 + 20 * path.unit(today, 1));
        CompanyProfile profile = new CompanyProfile(symbol, null, symbol + " Corp. (simulated)", "SIMULATED", "EQUITY");
        Fundamentals fundamentals = new Fundamentals(symbol, clock.instant(), round(price / eps), round(1 + path.unit(today, 2)),
                round(2 + 8 * path.unit(today, 3)), round(eps), round(3 * path.unit(today, 4)), round(eps * 0.3),
                round(price * 1e9), 1e9, round(0.6 + path.unit(today, 5)), round(price * 1.3), round(price * 0.7),
                round(30 + 30 * path.unit(today, 6)), round(5 + 20 * path.unit(today, 7)), round(10 + 20 * path.unit(today, 8)),
                round(5 + 40 * path.unit(today, 9)), round(2 + 15 * path.unit(today, 10)));
        return Optional.of(new CompanyInfo(profile, fundamentals));
    }

    /**
     * The simulated price of a symbol at a moment, on the same path its bars follow.
     *
     * @param symbol the symbol
     * @param moment the moment
     * @return the price, rounded like the bars' prices
     */
    public double priceAt(Symbol symbol, Instant moment) {
        return round(new PricePath(symbol).priceAt(moment));
    }

    /**
     * Refuses a ticker the simulated market does not simulate.
     *
     * @param symbol the ticker
     * @throws UnknownSymbolException naming what to do instead
     */
    @Override
    public void requireKnown(Symbol symbol) {
        if (!SimulatedSymbols.simulates(symbol)) {
            throw new UnknownSymbolException(symbol, NAME + " (it simulates only " + SimulatedSymbols.count()
                    + " well-known US tickers, e.g. AAPL MSFT SPY; for real bars of " + symbol + " run `data download "
                    + symbol + "` or `data import`)");
        }
    }

    @Override
    public Duration requestSpan(Timeframe timeframe) {
        return HistoryLimits.requestSpan(timeframe);
    }

    @Override
    public Duration reach(Timeframe timeframe) {
        return HistoryLimits.reach(timeframe);
    }

    private static List<Instant> starts(Timeframe timeframe, Instant from, Instant end) {
        List<Instant> starts = new ArrayList<>();
        LocalDate day = from.atZone(MARKET).toLocalDate().minusDays(timeframe == Timeframe.MONTHLY ? 31 : 7);
        LocalDate lastDay = end.atZone(MARKET).toLocalDate();
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            for (Instant start : startsOn(timeframe, day)) {
                if (!start.isBefore(from) && start.isBefore(end)) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }

    private static List<Instant> startsOn(Timeframe timeframe, LocalDate day) {
        boolean weekday = day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
        ZonedDateTime midnight = day.atStartOfDay(MARKET);
        return switch (timeframe) {
            case DAILY -> weekday ? List.of(midnight.toInstant()) : List.of();
            case WEEKLY -> day.getDayOfWeek() == DayOfWeek.MONDAY ? List.of(midnight.toInstant()) : List.of();
            case MONTHLY -> day.getDayOfMonth() == 1 ? List.of(midnight.toInstant()) : List.of();
            default -> weekday ? intraday(day, timeframe.nominalLength()) : List.of();
        };
    }

    private static List<Instant> intraday(LocalDate day, Duration step) {
        List<Instant> starts = new ArrayList<>();
        for (ZonedDateTime start = day.atTime(OPEN).atZone(MARKET); start.toLocalTime().isBefore(CLOSE);
             start = start.plus(step)) {
            starts.add(start.toInstant());
        }
        return starts;
    }

    private static Instant closeOf(Timeframe timeframe, Instant start) {
        ZonedDateTime local = start.atZone(MARKET);
        return switch (timeframe) {
            case DAILY -> local.toLocalDate().atTime(CLOSE).atZone(MARKET).toInstant();
            case WEEKLY -> local.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)).toLocalDate().atTime(CLOSE)
                    .atZone(MARKET).toInstant();
            case MONTHLY -> local.with(TemporalAdjusters.lastDayOfMonth()).toLocalDate().atTime(CLOSE)
                    .atZone(MARKET).toInstant();
            default -> start.plus(timeframe.nominalLength()).minus(1, ChronoUnit.SECONDS);
        };
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** A deterministic price path per symbol: slow cycles plus hash noise, so any moment's price is reproducible. */
    private static final class PricePath {
        private final long seed;
        private final double base;

        PricePath(Symbol symbol) {
            this.seed = mix(symbol.value().hashCode() * 0x9E3779B97F4A7C15L);
            this.base = 20 + 480 * unitOf(seed, 0);
        }

        double priceAt(Instant moment) {
            double days = moment.getEpochSecond() / DAY_SECONDS;
            double cycles = 0.25 * Math.sin(2 * Math.PI * days / 120 + 6 * unitOf(seed, 1))
                    + 0.08 * Math.sin(2 * Math.PI * days / 11 + 6 * unitOf(seed, 2))
                    + 0.02 * Math.sin(2 * Math.PI * days + 6 * unitOf(seed, 3));
            double noise = 0.004 * (unit(moment, 4) - 0.5);
            return base * Math.exp(cycles + noise);
        }

        double unit(Instant moment, int salt) {
            return unitOf(mix(seed ^ moment.getEpochSecond() * 0x632BE59BD9B4E019L), salt);
        }

        private static double unitOf(long value, int salt) {
            return (mix(value + salt * 0xBF58476D1CE4E5B9L) >>> 11) / (double) (1L << 53);
        }

        private static long mix(long value) {
            long z = value;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
