package dev.artificer.system.algotrader.stream;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds 5-, 10-, 15- and 30-minute bars from one-minute bars as they close: a bar is complete when the minute that
 * ends its period arrives, or when a later minute shows the period is over (a minute without trades has no candle),
 * or when {@link #due} finds its period ended a grace period ago. Periods are aligned to the clock (09:30, 09:35, ...;
 * New York's offset from UTC is whole hours). A minute sent twice replaces the first within its period; a minute of a
 * period already built is too late and is left out.
 */
public final class IntradayBarBuilder {

    /** The bar sizes built from one-minute bars. */
    public static final List<Timeframe> BUILT = List.of(Timeframe.FIVE_MINUTES, Timeframe.TEN_MINUTES,
            Timeframe.FIFTEEN_MINUTES, Timeframe.THIRTY_MINUTES);

    private record Series(Symbol symbol, Timeframe timeframe) {
    }

    private final Map<Series, TreeMap<Instant, Bar>> open = new HashMap<>();
    private final Map<Series, Instant> built = new HashMap<>();

    /**
     * Takes a closed one-minute bar.
     *
     * @param minute the bar
     * @return the bars it completed, shortest first (none most minutes)
     * @throws IllegalArgumentException when the bar is not a one-minute bar
     */
    public List<Bar> add(Bar minute) {
        if (minute.timeframe() != Timeframe.ONE_MINUTE) {
            throw new IllegalArgumentException("only one-minute bars are built upon, not " + minute.timeframe());
        }
        List<Bar> completed = new ArrayList<>();
        for (Timeframe timeframe : BUILT) {
            Series series = new Series(minute.symbol(), timeframe);
            Instant period = periodOf(minute.start(), timeframe);
            Instant last = built.get(series);
            if (last != null && !period.isAfter(last)) {
                continue;
            }
            TreeMap<Instant, Bar> minutes = open.get(series);
            if (minutes != null && periodOf(minutes.firstKey(), timeframe).isBefore(period)) {
                completed.add(complete(series, minutes));
            }
            open.computeIfAbsent(series, ignored -> new TreeMap<>()).put(minute.start(), minute);
            if (!minute.start().plus(Duration.ofMinutes(1)).isBefore(period.plus(timeframe.nominalLength()))) {
                completed.add(complete(series, open.get(series)));
            }
        }
        return completed;
    }

    /**
     * Completes the periods that ended at least {@code grace} before now, for minutes that will not come.
     *
     * @param now   the time
     * @param grace how long after its end a period waits for its last minute
     * @param held  symbols whose missing minutes are still to come (a gap being filled): their periods wait
     * @return the bars completed
     */
    public List<Bar> due(Instant now, Duration grace, Set<Symbol> held) {
        List<Bar> completed = new ArrayList<>();
        for (Iterator<Map.Entry<Series, TreeMap<Instant, Bar>>> entries = open.entrySet().iterator(); entries.hasNext(); ) {
            Map.Entry<Series, TreeMap<Instant, Bar>> entry = entries.next();
            if (held.contains(entry.getKey().symbol())) {
                continue;
            }
            Instant end = periodOf(entry.getValue().firstKey(), entry.getKey().timeframe())
                    .plus(entry.getKey().timeframe().nominalLength());
            if (!end.plus(grace).isAfter(now)) {
                completed.add(aggregate(entry.getKey(), entry.getValue()));
                built.put(entry.getKey(), periodOf(entry.getValue().firstKey(), entry.getKey().timeframe()));
                entries.remove();
            }
        }
        return completed;
    }

    private Bar complete(Series series, TreeMap<Instant, Bar> minutes) {
        Bar bar = aggregate(series, minutes);
        built.put(series, bar.start());
        open.remove(series);
        return bar;
    }

    private static Bar aggregate(Series series, TreeMap<Instant, Bar> minutes) {
        return Bar.combined(List.copyOf(minutes.values()), series.timeframe(),
                periodOf(minutes.firstKey(), series.timeframe()));
    }

    private static Instant periodOf(Instant moment, Timeframe timeframe) {
        long length = timeframe.nominalLength().toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(moment.toEpochMilli(), length) * length);
    }
}
