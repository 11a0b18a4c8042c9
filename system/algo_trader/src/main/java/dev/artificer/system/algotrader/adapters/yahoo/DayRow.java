package dev.artificer.system.algotrader.adapters.yahoo;

import dev.artificer.component.market.Bar;
import dev.artificer.component.market.Symbol;
import dev.artificer.component.market.Timeframe;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One trading day of Yahoo's chart answer before it becomes a {@link Bar}: prices may still need a split applied.
 *
 * @param day    the New York trading day
 * @param open   first price
 * @param high   highest price
 * @param low    lowest price
 * @param close  last price
 * @param volume shares traded
 */
record DayRow(LocalDate day, double open, double high, double low, double close, long volume) {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /**
     * The row as it was before a split of {@code ratio} new shares per old one is applied: prices divided by the
     * ratio, volume multiplied by it (rounded to whole shares).
     */
    DayRow splitBy(double ratio) {
        return new DayRow(day, open / ratio, high / ratio, low / ratio, close / ratio, Math.round(volume * ratio));
    }

    /**
     * The daily bar, starting at 00:00 New York of the day like every other daily bar.
     *
     * @throws IllegalArgumentException when the prices do not make a valid bar
     */
    Bar toBar(Symbol symbol) {
        return new Bar(symbol, Timeframe.DAILY, day.atStartOfDay(NEW_YORK).toInstant(), round(open), round(high),
                round(low), round(close), volume);
    }

    private static double round(double price) {
        return Math.round(price * 10_000) / 10_000.0;
    }
}
