package dev.artificer.component.backtest;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random daily bars for invariant tests: weekdays from a random day of 2013 or later, starting at midnight in
 * New York (so runs cross daylight-saving changes), prices a random walk in whole cents, one to three symbols.
 */
final class RandomMarket {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private RandomMarket() {
    }

    /** The symbols a market of this seed trades. */
    static List<Symbol> symbols(long seed) {
        int count = 1 + new Random(seed).nextInt(3);
        List<Symbol> symbols = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            symbols.add(Symbol.of("S" + index));
        }
        return symbols;
    }

    /** Bars of every symbol over {@code days} weekdays. */
    static List<Bar> bars(long seed, int days) {
        Random random = new Random(seed);
        random.nextInt(3);
        LocalDate day = LocalDate.of(2013, 1, 2).plusDays(random.nextInt(2_000));
        List<Bar> bars = new ArrayList<>();
        List<Symbol> symbols = symbols(seed);
        long[] cents = new long[symbols.size()];
        for (int index = 0; index < cents.length; index++) {
            cents[index] = 1_000 + random.nextInt(40_000);
        }
        for (int count = 0; count < days; day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int index = 0; index < symbols.size(); index++) {
                long open = step(random, cents[index]);
                long close = step(random, open);
                long high = Math.max(open, close) + random.nextInt(200);
                long low = Math.max(1, Math.min(open, close) - random.nextInt(200));
                cents[index] = close;
                bars.add(new Bar(symbols.get(index), Timeframe.DAILY, day.atStartOfDay(NEW_YORK).toInstant(),
                        open / 100.0, high / 100.0, low / 100.0, close / 100.0, 1_000 + random.nextInt(100_000)));
            }
            count++;
        }
        return bars;
    }

    private static long step(Random random, long cents) {
        return Math.max(100, cents + Math.round(random.nextGaussian() * cents * 0.02));
    }
}
