package dev.artificer.system.algotrader.adapters.simulated;

import dev.artificer.component.market.ExchangeHolidays;
import dev.artificer.component.market.Symbol;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One symbol's simulated trading days, generated in order from {@link #EPOCH} with a seed taken from the ticker, so
 * the same day always has the same prices. Each day's log return has a constant mean (the drift less half the long-run
 * variance, so that no stretch of days is predictably up or down), a GARCH(1,1) variance (volatility clusters: a large
 * move makes the next days more volatile), an overnight gap carrying a fifth of the variance plus
 * rare jumps (about three a year, the size of an earnings surprise), and an intraday part walked minute by minute
 * ({@link MinutePath}) with the U-shaped volatility and volume of a real session. Only exchange trading days
 * ({@link ExchangeHolidays}) have a session.
 */
final class SimulatedPath {

    /** The first simulated trading day. */
    static final LocalDate EPOCH = LocalDate.of(1995, 1, 3);

    private static final int TRADING_DAYS_PER_YEAR = 252;
    private static final double ALPHA = 0.08;
    private static final double BETA = 0.90;
    private static final double OVERNIGHT_SHARE = 0.2;
    private static final double JUMPS_PER_DAY = 3.0 / TRADING_DAYS_PER_YEAR;
    private static final double JUMP_SIZE = 0.05;
    private static final double MAX_VARIANCE_MULTIPLE = 9;

    /**
     * A simulated trading day.
     *
     * @param date          the New York date
     * @param previousClose the close before it
     * @param open          the opening price (the previous close moved by the overnight gap)
     * @param close         the closing price
     * @param variance      the day's variance of the log return
     * @param volume        the day's traded shares
     * @param seed          the seed of its minute path
     */
    record Day(LocalDate date, double previousClose, double open, double close, double variance, long volume, long seed) {
    }

    private final long seed;
    private final double dailyDrift;
    private final double longRunVariance;
    private final double firstPrice;
    private final double averageVolume;
    private final SplittableRandom random;
    private final List<Day> days = new ArrayList<>();
    private double variance;

    /**
     * The path of a symbol.
     *
     * @param symbol the ticker, whose hash seeds the path
     */
    SimulatedPath(Symbol symbol) {
        this.seed = mix(symbol.value().hashCode() * 0x9E3779B97F4A7C15L);
        double annualDrift = -0.04 + 0.20 * uniform(seed, 1);
        double annualVolatility = 0.16 + 0.30 * uniform(seed, 2);
        this.longRunVariance = annualVolatility * annualVolatility / TRADING_DAYS_PER_YEAR;
        this.dailyDrift = annualDrift / TRADING_DAYS_PER_YEAR;
        this.firstPrice = 10 + 90 * uniform(seed, 3);
        this.averageVolume = 1e6 * (1 + 19 * uniform(seed, 4));
        this.random = new SplittableRandom(seed);
        this.variance = longRunVariance;
    }

    /**
     * The trading day on or before a date.
     *
     * @param date a New York date on or after {@link #EPOCH}
     * @return the last trading day that is not after it
     */
    synchronized Day onOrBefore(LocalDate date) {
        extendTo(date);
        int index = indexOnOrBefore(date);
        return days.get(Math.max(0, index));
    }

    /**
     * The trading days in a range of dates.
     *
     * @param first the first date, inclusive
     * @param last  the last date, inclusive
     * @return the trading days between them, in order
     */
    synchronized List<Day> between(LocalDate first, LocalDate last) {
        LocalDate from = first.isBefore(EPOCH) ? EPOCH : first;
        if (last.isBefore(from)) {
            return List.of();
        }
        extendTo(last);
        int start = indexOnOrBefore(from.minusDays(1)) + 1;
        int end = indexOnOrBefore(last);
        return List.copyOf(days.subList(start, end + 1));
    }

    /** The index of the last generated day on or before a date, or -1 when there is none. */
    private int indexOnOrBefore(LocalDate date) {
        int low = 0;
        int high = days.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (days.get(middle).date().isAfter(date)) {
                high = middle - 1;
            } else {
                found = middle;
                low = middle + 1;
            }
        }
        return found;
    }

    private void extendTo(LocalDate date) {
        LocalDate next = days.isEmpty() ? EPOCH : days.getLast().date().plusDays(1);
        for (; !next.isAfter(date); next = next.plusDays(1)) {
            if (ExchangeHolidays.isTradingDay(next)) {
                days.add(nextDay(next));
            }
        }
    }

    private Day nextDay(LocalDate date) {
        double previousClose = days.isEmpty() ? firstPrice : days.getLast().close();
        double mean = dailyDrift - longRunVariance / 2;
        double jump = random.nextDouble() < JUMPS_PER_DAY ? JUMP_SIZE * gaussian() : 0;
        double gap = OVERNIGHT_SHARE * mean + Math.sqrt(OVERNIGHT_SHARE * variance) * gaussian() + jump;
        double intraday = (1 - OVERNIGHT_SHARE) * mean + Math.sqrt((1 - OVERNIGHT_SHARE) * variance) * gaussian();
        double shock = gap + intraday - mean;
        double open = MinutePath.cents(previousClose * Math.exp(gap));
        double close = MinutePath.cents(open * Math.exp(intraday));
        double activity = Math.sqrt(variance / longRunVariance) * (1 + Math.abs(shock) / Math.sqrt(variance));
        long volume = Math.round(averageVolume * activity * Math.exp(0.25 * gaussian() - 0.03125));
        Day day = new Day(date, previousClose, open, close, variance, volume, random.nextLong());
        double omega = longRunVariance * (1 - ALPHA - BETA);
        variance = Math.min(omega + ALPHA * shock * shock + BETA * variance, MAX_VARIANCE_MULTIPLE * longRunVariance);
        return day;
    }

    private double gaussian() {
        return random.nextGaussian();
    }

    /**
     * A uniform number for the symbol and a key, for simulated figures that are not prices.
     *
     * @param key  e.g. a day
     * @param salt which figure
     * @return a number in [0, 1)
     */
    double unit(long key, int salt) {
        return uniform(mix(seed ^ key * 0x632BE59BD9B4E019L), salt);
    }

    private static double uniform(long value, int salt) {
        return (mix(value + salt * 0xBF58476D1CE4E5B9L) >>> 11) / (double) (1L << 53);
    }

    /** SplitMix64's finalizer: spreads a key's bits so that nearby keys give unrelated numbers. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
