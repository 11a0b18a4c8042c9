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
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded MarketDataSource: a simulated market, clearly labelled {@code simulated}, that answers for the
 * well-known tickers of {@link SimulatedSymbols} (any other is refused with {@link UnknownSymbolException}). Each
 * ticker follows its own seeded {@link SimulatedPath} (drift, clustered volatility, overnight gaps and jumps) from 1995
 * on, trading 09:30-16:00 America/New_York on exchange trading days (no bars on weekends or holidays); every bar is
 * aggregated from the same minute path, so a day's 5-minute bars add up to its daily bar, and asking twice gives the
 * same bars. Bars end at the last minute that has closed: no price is known before its time. It lets the whole pipeline
 * run on a machine with no Schwab account, and neither flatters nor punishes a strategy by construction.
 */
public final class SimulatedMarket implements MarketDataSource {

    /** The source name stored with simulated data. */
    public static final String NAME = "simulated";

    private static final ZoneId MARKET = ZoneId.of("America/New_York");
    private static final LocalTime OPEN = LocalTime.of(9, 30);

    private final Clock clock;
    private final Map<Symbol, SimulatedPath> paths = new ConcurrentHashMap<>();

    /**
     * Creates the market.
     *
     * @param clock the time; no bar starts after it, and a bar in progress holds only its closed minutes
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
        Instant now = clock.instant();
        Instant end = to.isBefore(now) ? to : now;
        if (!from.isBefore(end)) {
            return new FetchedBars(List.of(), List.of());
        }
        SimulatedPath path = path(symbol);
        LocalDate first = from.atZone(MARKET).toLocalDate().minusDays(timeframe == Timeframe.MONTHLY ? 31 : 7);
        List<SimulatedPath.Day> days = path.between(first, end.atZone(MARKET).toLocalDate());
        List<Bar> bars = timeframe.intraday() ? intraday(symbol, timeframe, days, from, end, now)
                : sessions(symbol, timeframe, days, from, end, now);
        return new FetchedBars(bars, List.of());
    }

    private static List<Bar> intraday(Symbol symbol, Timeframe timeframe, List<SimulatedPath.Day> days, Instant from,
                                      Instant end, Instant now) {
        int step = (int) timeframe.nominalLength().toMinutes();
        List<Bar> bars = new ArrayList<>();
        for (SimulatedPath.Day day : days) {
            Instant sessionOpen = day.date().atTime(OPEN).atZone(MARKET).toInstant();
            MinutePath minutes = null;
            for (int first = 0; first < MinutePath.MINUTES; first += step) {
                Instant start = sessionOpen.plus(Duration.ofMinutes(first));
                if (start.isBefore(from) || !start.isBefore(end)) {
                    continue;
                }
                int last = Math.min(first + step, closedMinutes(sessionOpen, now));
                if (last > first) {
                    minutes = minutes == null ? new MinutePath(day) : minutes;
                    bars.add(new Aggregate().minutes(minutes, first, last).bar(symbol, timeframe, start));
                }
            }
        }
        return bars;
    }

    private static List<Bar> sessions(Symbol symbol, Timeframe timeframe, List<SimulatedPath.Day> days, Instant from,
                                      Instant end, Instant now) {
        Map<LocalDate, Aggregate> periods = new TreeMap<>();
        for (SimulatedPath.Day day : days) {
            LocalDate label = switch (timeframe) {
                case WEEKLY -> day.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTHLY -> day.date().withDayOfMonth(1);
                default -> day.date();
            };
            Instant start = label.atStartOfDay(MARKET).toInstant();
            int closed = closedMinutes(day.date().atTime(OPEN).atZone(MARKET).toInstant(), now);
            if (start.isBefore(from) || !start.isBefore(end) || closed == 0) {
                continue;
            }
            periods.computeIfAbsent(label, ignored -> new Aggregate()).minutes(new MinutePath(day), 0, closed);
        }
        return periods.entrySet().stream().map(period -> period.getValue().bar(symbol, timeframe,
                period.getKey().atStartOfDay(MARKET).toInstant())).toList();
    }

    /** How many of a session's minutes had closed at a moment: none before 09:31, all from 16:00. */
    private static int closedMinutes(Instant sessionOpen, Instant now) {
        long minutes = Duration.between(sessionOpen, now).toMinutes();
        return (int) Math.clamp(minutes, 0, MinutePath.MINUTES);
    }

    @Override
    public Optional<CompanyInfo> company(Symbol symbol) {
        if (!SimulatedSymbols.simulates(symbol)) {
            return Optional.empty();
        }
        SimulatedPath path = path(symbol);
        LocalDate date = LocalDate.now(clock.withZone(MARKET));
        long today = date.toEpochDay();
        double price = path.onOrBefore(date).close();
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
     * The simulated price of a symbol at a moment, on the same minute path its bars follow: during a session the
     * price inside the current minute (moving from its open to its close), before the open the previous close, after
     * the close, on weekends and holidays the last close.
     *
     * @param symbol the symbol
     * @param moment the moment
     * @return the price, in cents
     */
    public double priceAt(Symbol symbol, Instant moment) {
        LocalDate date = moment.atZone(MARKET).toLocalDate();
        SimulatedPath.Day day = path(symbol).onOrBefore(date);
        if (!day.date().equals(date)) {
            return day.close();
        }
        Instant sessionOpen = date.atTime(OPEN).atZone(MARKET).toInstant();
        if (moment.isBefore(sessionOpen)) {
            return day.previousClose();
        }
        long seconds = Duration.between(sessionOpen, moment).toSeconds();
        int minute = (int) (seconds / 60);
        if (minute >= MinutePath.MINUTES) {
            return day.close();
        }
        MinutePath minutes = new MinutePath(day);
        double open = minutes.open(minute);
        return MinutePath.cents(open + (minutes.close(minute) - open) * (seconds % 60) / 60.0);
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

    private SimulatedPath path(Symbol symbol) {
        return paths.computeIfAbsent(symbol, SimulatedPath::new);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** Open, high, low, close and volume over a run of minutes, possibly of several sessions. */
    private static final class Aggregate {
        private double open = Double.NaN;
        private double high = Double.NEGATIVE_INFINITY;
        private double low = Double.POSITIVE_INFINITY;
        private double close;
        private long volume;

        Aggregate minutes(MinutePath path, int first, int last) {
            for (int minute = first; minute < last; minute++) {
                if (Double.isNaN(open)) {
                    open = path.open(minute);
                }
                high = Math.max(high, path.high(minute));
                low = Math.min(low, path.low(minute));
                close = path.close(minute);
                volume += path.volume(minute);
            }
            return this;
        }

        Bar bar(Symbol symbol, Timeframe timeframe, Instant start) {
            return new Bar(symbol, timeframe, start, open, high, low, close, volume);
        }
    }
}
