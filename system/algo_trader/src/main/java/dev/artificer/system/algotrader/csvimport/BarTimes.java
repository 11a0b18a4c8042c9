package dev.artificer.system.algotrader.csvimport;

import dev.artificer.component.market.Timeframe;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Turns the time column of a row into a bar's start, checking that it starts a bar of the timeframe. Daily,
 * weekly and monthly bars are given as {@code yyyy-MM-dd} and start at 00:00 America/New_York on that day, the
 * convention of the simulated market and of {@code backfill --from}; a weekly bar starts on a Monday, a monthly
 * bar on the 1st, a daily bar on a weekday. Intraday bars are given as an ISO date-time with an offset
 * ({@code 2024-01-02T09:30:00-05:00}, a space instead of the {@code T} is fine) or as epoch milliseconds, and
 * must start on a multiple of the bar length (9:30, 9:35, ... for 5-minute bars).
 */
final class BarTimes {

    /** The market's time zone: where a day starts. */
    static final ZoneId MARKET = ZoneId.of("America/New_York");


    private final Timeframe timeframe;
    private final String column;

    /**
     * Creates the reader of one file's times.
     *
     * @param timeframe the bars' timeframe
     * @param column    the time column's name, for messages
     */
    BarTimes(Timeframe timeframe, String column) {
        this.timeframe = timeframe;
        this.column = column;
    }

    /**
     * The start of the bar a row describes.
     *
     * @param text the time column's value
     * @return the start
     * @throws RowRejected when the value cannot be read or does not start a bar of the timeframe
     */
    Instant start(String text) {
        return timeframe.intraday() ? intraday(text) : day(text);
    }

    private Instant day(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw new RowRejected(column + " '" + text + "' is not yyyy-MM-dd");
        }
        DayOfWeek weekday = date.getDayOfWeek();
        String dayName = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        switch (timeframe) {
            case DAILY -> {
                if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
                    throw new RowRejected(column + " " + text + " is a " + dayName + "; daily bars are for weekdays");
                }
            }
            case WEEKLY -> {
                if (weekday != DayOfWeek.MONDAY) {
                    throw new RowRejected(column + " " + text + " is a " + dayName + "; weekly bars start on a Monday");
                }
            }
            default -> {
                if (date.getDayOfMonth() != 1) {
                    throw new RowRejected(column + " " + text + " is not the 1st; monthly bars start on the 1st of the month");
                }
            }
        }
        return date.atStartOfDay(MARKET).toInstant();
    }

    private Instant intraday(String text) {
        Instant start = text.chars().allMatch(Character::isDigit) && !text.isEmpty()
                ? epochMillis(text) : dateTime(text);
        if (start.toEpochMilli() % timeframe.nominalLength().toMillis() != 0) {
            throw new RowRejected(column + " " + text + " does not start a " + timeframe + " bar (minutes a multiple of "
                    + timeframe.nominalLength().toMinutes() + ", seconds zero)");
        }
        return start;
    }

    private Instant epochMillis(String text) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(text));
        } catch (NumberFormatException tooLong) {
            throw new RowRejected(column + " '" + text + "' is too large for epoch milliseconds");
        }
    }

    private Instant dateTime(String text) {
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException notOffset) {
            if (isLocalDateTime(iso)) {
                throw new RowRejected(column + " '" + text + "' has no UTC offset; add one, e.g. "
                        + iso + "-05:00, or use epoch milliseconds");
            }
            throw new RowRejected(column + " '" + text + "' is not an ISO date-time with offset "
                    + "(e.g. 2024-01-02T09:30:00-05:00) or epoch milliseconds");
        }
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException notThatEither) {
            return false;
        }
    }
}
