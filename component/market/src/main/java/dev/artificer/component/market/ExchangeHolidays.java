package dev.artificer.component.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * The full-day holidays of the New York Stock Exchange by its standing rules: New Year's Day, Martin Luther King Jr.
 * Day (from 1998), Washington's Birthday, Good Friday, Memorial Day, Juneteenth (from 2022), Independence Day, Labor
 * Day, Thanksgiving and Christmas, a Saturday holiday observed on the Friday before and a Sunday holiday on the Monday
 * after (except New Year's Day on a Saturday, which is not observed). One-off closures (national days of mourning,
 * storms) and early closes are not in the rules and not known here.
 */
public final class ExchangeHolidays {

    private static final int FIRST_MLK_DAY = 1998;
    private static final int FIRST_JUNETEENTH = 2022;

    private ExchangeHolidays() {
    }

    /**
     * Whether the exchange is open on a day.
     *
     * @param day the New York date
     * @return true on a weekday that is not a holiday
     */
    public static boolean isTradingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /**
     * Whether a day is an exchange holiday (as observed: the weekday the exchange is closed for it).
     *
     * @param day the New York date
     * @return true when the exchange is closed for a holiday that day
     */
    public static boolean isHoliday(LocalDate day) {
        int year = day.getYear();
        return isNewYearsDayObserved(day)
                || year >= FIRST_MLK_DAY && day.equals(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3))
                || day.equals(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3))
                || day.equals(easter(year).minusDays(2))
                || day.equals(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                || year >= FIRST_JUNETEENTH && day.equals(observed(LocalDate.of(year, Month.JUNE, 19)))
                || day.equals(observed(LocalDate.of(year, Month.JULY, 4)))
                || day.equals(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))
                || day.equals(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4))
                || day.equals(observed(LocalDate.of(year, Month.DECEMBER, 25)));
    }

    /**
     * The first trading day on or after a day.
     *
     * @param day the New York date
     * @return that day when the exchange is open, else the next day it is
     */
    public static LocalDate nextTradingDay(LocalDate day) {
        LocalDate next = day;
        while (!isTradingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** January 1st, or Monday January 2nd when the 1st is a Sunday; a Saturday 1st is not made up for. */
    private static boolean isNewYearsDayObserved(LocalDate day) {
        LocalDate first = LocalDate.of(day.getYear(), Month.JANUARY, 1);
        return switch (first.getDayOfWeek()) {
            case SATURDAY -> false;
            case SUNDAY -> day.equals(first.plusDays(1));
            default -> day.equals(first);
        };
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
    private static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
