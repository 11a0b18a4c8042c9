package dev.artificer.component.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules against the exchange's published holiday calendars (nyse.com "Holidays and trading hours"). */
class ExchangeHolidaysTest {

    private static List<LocalDate> holidaysOf(int year) {
        return Stream.iterate(LocalDate.of(year, 1, 1), day -> day.getYear() == year, day -> day.plusDays(1))
                .filter(ExchangeHolidays::isHoliday).toList();
    }

    private static List<LocalDate> days(String... days) {
        return Stream.of(days).map(LocalDate::parse).toList();
    }

    @Test
    void theHolidaysOf2024AreThePublishedOnes() {
        assertThat(holidaysOf(2024)).containsExactlyElementsOf(days("2024-01-01", "2024-01-15", "2024-02-19",
                "2024-03-29", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25"));
    }

    @Test
    void theHolidaysOf2025AreThePublishedOnes() {
        assertThat(holidaysOf(2025)).containsExactlyElementsOf(days("2025-01-01", "2025-01-20", "2025-02-17",
                "2025-04-18", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25"));
    }

    @Test
    void aSundayHolidayIsObservedOnMondayAndASaturdayNewYearsDayIsNotObserved() {
        // 2022: New Year's Day on a Saturday (no closure on Fri 2021-12-31), Juneteenth on a Sunday, Christmas on a Sunday
        assertThat(holidaysOf(2022)).containsExactlyElementsOf(days("2022-01-17", "2022-02-21", "2022-04-15",
                "2022-05-30", "2022-06-20", "2022-07-04", "2022-09-05", "2022-11-24", "2022-12-26"));
        assertThat(ExchangeHolidays.isTradingDay(LocalDate.parse("2021-12-31"))).isTrue();
    }

    @Test
    void aSaturdayHolidayIsObservedOnTheFridayBefore() {
        // 2020-07-04 and 2026-07-04 were Saturdays
        assertThat(ExchangeHolidays.isHoliday(LocalDate.parse("2020-07-03"))).isTrue();
        assertThat(ExchangeHolidays.isHoliday(LocalDate.parse("2026-07-03"))).isTrue();
    }

    @Test
    void goodFridayFollowsEaster() {
        // Easter Sundays: 2019-04-21, 2000-04-23, 2038-04-25 (the latest possible date)
        assertThat(ExchangeHolidays.isHoliday(LocalDate.parse("2019-04-19"))).isTrue();
        assertThat(ExchangeHolidays.isHoliday(LocalDate.parse("2000-04-21"))).isTrue();
        assertThat(ExchangeHolidays.isHoliday(LocalDate.parse("2038-04-23"))).isTrue();
    }

    @Test
    void theNextTradingDayAfterThanksgivingWeekendIsMonday() {
        assertThat(ExchangeHolidays.nextTradingDay(LocalDate.parse("2024-11-28"))).isEqualTo("2024-11-29");
        assertThat(ExchangeHolidays.nextTradingDay(LocalDate.parse("2024-11-30"))).isEqualTo("2024-12-02");
    }

    @Test
    void aYearHasAbout252TradingDays() {
        long open = Stream.iterate(LocalDate.of(2023, 1, 1), day -> day.getYear() == 2023, day -> day.plusDays(1))
                .filter(ExchangeHolidays::isTradingDay).count();
        assertThat(open).isEqualTo(250);
    }
}
