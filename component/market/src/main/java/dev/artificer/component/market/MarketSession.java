package dev.artificer.component.market;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A regular trading session (weekdays, from an opening to a closing time in the market's zone), which tells when a
 * bar of any timeframe closes, so that code working "as of now" uses finished bars only. A minute bar closes at its
 * start plus its length; a daily bar at the close of its trading day (the first session close after its start); a
 * weekly bar at the Friday close of that day's week; a monthly bar at the close of the last weekday of that day's
 * month. Exchange holidays and early closes are not known: on such days a bar counts as closing at the regular
 * time, later than it really does, never earlier.
 *
 * @param zone  the market's time zone
 * @param open  when the regular session opens, local time
 * @param close when it closes, local time, after {@code open}
 */
public record MarketSession(ZoneId zone, LocalTime open, LocalTime close) {

    private static final DateTimeFormatter LABEL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The US equity regular session: 09:30-16:00 America/New_York. */
    public static final MarketSession NEW_YORK =
            new MarketSession(ZoneId.of("America/New_York"), LocalTime.of(9, 30), LocalTime.of(16, 0));

    /**
     * Validates the session.
     *
     * @throws IllegalArgumentException when the session does not close after it opens
     * @throws NullPointerException     when a field is missing
     */
    public MarketSession {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (!close.isAfter(open)) {
            throw new IllegalArgumentException("a session must close after it opens (open " + open + ", close " + close + ")");
        }
    }

    /**
     * The instant the regular session of a day closes (on a weekend day too; callers pick the days).
     *
     * @param day the local date
     * @return that day's closing time in the market's zone
     */
    public Instant closeOn(LocalDate day) {
        return day.atTime(close).atZone(zone).toInstant();
    }

    /**
     * A bar's start as a trader in this market reads it: the local date for daily and longer bars (which start at
     * local midnight), the local date and minute for intraday bars.
     *
     * @param timeframe the bar's size, which decides whether the minute is shown
     * @param start     the bar's start
     * @return e.g. {@code 2024-03-01} for a daily bar, {@code 2024-03-01 09:35} for a 5-minute bar
     */
    public String label(Timeframe timeframe, Instant start) {
        return timeframe.intraday() ? LABEL_MINUTE.format(start.atZone(zone)) : start.atZone(zone).toLocalDate().toString();
    }

    /**
     * The instant a bar closes: from then on its prices are final.
     *
     * @param timeframe the bar's size
     * @param start     the bar's start
     * @return when it closes
     */
    public Instant closeOf(Timeframe timeframe, Instant start) {
        return switch (timeframe) {
            case ONE_MINUTE, FIVE_MINUTES, TEN_MINUTES, FIFTEEN_MINUTES, THIRTY_MINUTES -> start.plus(timeframe.nominalLength());
            case DAILY -> closeOn(tradingDay(start));
            case WEEKLY -> closeOn(tradingDay(start).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
            case MONTHLY -> closeOn(lastWeekdayOnOrBefore(tradingDay(start).with(TemporalAdjusters.lastDayOfMonth())));
        };
    }

    /**
     * Whether a bar had closed at a moment.
     *
     * @param bar    the bar
     * @param moment the moment, e.g. now
     * @return true when the bar's close is at or before the moment
     */
    public boolean isClosed(Bar bar, Instant moment) {
        return !closeOf(bar.timeframe(), bar.start()).isAfter(moment);
    }

    /** The weekday whose session close is the first one after the moment. */
    private LocalDate tradingDay(Instant moment) {
        LocalDate day = moment.atZone(zone).toLocalDate();
        if (!closeOn(day).isAfter(moment)) {
            day = day.plusDays(1);
        }
        while (weekend(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate lastWeekdayOnOrBefore(LocalDate day) {
        LocalDate weekday = day;
        while (weekend(weekday)) {
            weekday = weekday.minusDays(1);
        }
        return weekday;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
