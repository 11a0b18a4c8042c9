package dev.artificer.component.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When bars close. The expected instants are worked out by hand in UTC: New York is UTC-5 in winter (EST) and UTC-4
 * in summer (EDT); in 2026 the clocks change on Sunday 8 March and Sunday 1 November.
 */
class MarketSessionTest {

    private static final Symbol AAPL = Symbol.of("AAPL");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Bar bar(Timeframe timeframe, String start) {
        return new Bar(AAPL, timeframe, Instant.parse(start), 10, 11, 9, 10.5, 100);
    }

    @ParameterizedTest(name = "{0} bar starting {1} closes at {2}")
    @CsvSource({
            // a weekday in winter: 16:00 EST is 21:00Z
            "daily,   2026-12-02T05:00:00Z, 2026-12-02T21:00:00Z",
            // the same day stamped at midnight Central (06:00Z) or at midnight UTC (19:00 New York the day before)
            "daily,   2026-12-02T06:00:00Z, 2026-12-02T21:00:00Z",
            "daily,   2026-12-02T00:00:00Z, 2026-12-02T21:00:00Z",
            // summer: 16:00 EDT is 20:00Z
            "daily,   2026-07-15T04:00:00Z, 2026-07-15T20:00:00Z",
            // the Friday before the spring change (EST) and the Monday after it (EDT)
            "daily,   2026-03-06T05:00:00Z, 2026-03-06T21:00:00Z",
            "daily,   2026-03-09T04:00:00Z, 2026-03-09T20:00:00Z",
            // the Friday before the autumn change (EDT) and the Monday after it (EST)
            "daily,   2026-10-30T04:00:00Z, 2026-10-30T20:00:00Z",
            "daily,   2026-11-02T05:00:00Z, 2026-11-02T21:00:00Z",
            // weeks start on Monday and close on Friday, across the change of clocks too
            "weekly,  2026-11-30T05:00:00Z, 2026-12-04T21:00:00Z",
            "weekly,  2026-03-02T05:00:00Z, 2026-03-06T21:00:00Z",
            "weekly,  2026-03-09T04:00:00Z, 2026-03-13T20:00:00Z",
            // a week stamped on the Sunday the clocks go back (midnight EDT) closes on Friday in EST
            "weekly,  2026-11-01T04:00:00Z, 2026-11-06T21:00:00Z",
            // December 2026 ends on a Thursday; October 2026 on a Saturday; January 2027 on a Sunday
            "monthly, 2026-12-01T05:00:00Z, 2026-12-31T21:00:00Z",
            "monthly, 2026-10-01T04:00:00Z, 2026-10-30T20:00:00Z",
            "monthly, 2027-01-01T05:00:00Z, 2027-01-29T21:00:00Z",
            // February 2026 (28 days, in EST) and March 2026 (the clocks change inside it)
            "monthly, 2026-02-01T05:00:00Z, 2026-02-27T21:00:00Z",
            "monthly, 2026-03-01T05:00:00Z, 2026-03-31T20:00:00Z",
            // minute bars close after their length, whatever the zone does
            "5m,      2026-12-02T20:55:00Z, 2026-12-02T21:00:00Z",
            "1m,      2026-03-09T13:30:00Z, 2026-03-09T13:31:00Z",
            "30m,     2026-11-02T14:30:00Z, 2026-11-02T15:00:00Z",
    })
    void barsCloseAtTheEndOfTheirSession(String timeframe, String start, String close) {
        assertThat(bar(Timeframe.parse(timeframe), start).closesAt()).isEqualTo(Instant.parse(close));
    }

    @Test
    void duringTheSessionTodaysDailyBarIsNotClosedAndYesterdaysIs() {
        Instant at1131NewYork = Instant.parse("2026-12-02T16:31:00Z");

        assertThat(bar(Timeframe.DAILY, "2026-12-02T05:00:00Z").closedAt(at1131NewYork)).isFalse();
        assertThat(bar(Timeframe.DAILY, "2026-12-01T05:00:00Z").closedAt(at1131NewYork)).isTrue();
    }

    @Test
    void atTheCloseTheDailyBarIsClosedAndASecondBeforeItIsNot() {
        Bar today = bar(Timeframe.DAILY, "2026-12-02T05:00:00Z");

        assertThat(today.closedAt(Instant.parse("2026-12-02T20:59:59Z"))).isFalse();
        assertThat(today.closedAt(Instant.parse("2026-12-02T21:00:00Z"))).isTrue();
        assertThat(today.closedAt(Instant.parse("2026-12-02T23:30:00Z"))).isTrue();
    }

    @Test
    void atTheWeekendTheWeekAndFridayAreClosedButNotTheMonth() {
        Instant saturdayNoon = Instant.parse("2026-12-05T17:00:00Z");

        assertThat(bar(Timeframe.DAILY, "2026-12-04T05:00:00Z").closedAt(saturdayNoon)).isTrue();
        assertThat(bar(Timeframe.WEEKLY, "2026-11-30T05:00:00Z").closedAt(saturdayNoon)).isTrue();
        assertThat(bar(Timeframe.MONTHLY, "2026-12-01T05:00:00Z").closedAt(saturdayNoon)).isFalse();
    }

    @Test
    void onFridayAfternoonTheWeekIsStillOpen() {
        assertThat(bar(Timeframe.WEEKLY, "2026-11-30T05:00:00Z").closedAt(Instant.parse("2026-12-04T20:00:00Z"))).isFalse();
    }

    @Test
    void aMonthOfThirtyOneDaysIsNotClosedOnItsThirtyFirstMorning() {
        assertThat(bar(Timeframe.MONTHLY, "2026-12-01T05:00:00Z").closedAt(Instant.parse("2026-12-31T15:00:00Z"))).isFalse();
    }

    @Test
    void onTheDayTheClocksGoForwardTheFridayBarsAreClosedAndMondaysOpenAtTheNewOffset() {
        Instant sundayMorning = Instant.parse("2026-03-08T15:00:00Z");
        Bar monday = bar(Timeframe.DAILY, "2026-03-09T04:00:00Z");

        assertThat(bar(Timeframe.DAILY, "2026-03-06T05:00:00Z").closedAt(sundayMorning)).isTrue();
        assertThat(monday.closedAt(Instant.parse("2026-03-09T20:30:00Z"))).isTrue();
        assertThat(monday.closedAt(Instant.parse("2026-03-09T19:59:00Z"))).isFalse();
    }

    @Test
    void atThreeMinutesToTheCloseTheLastFiveMinuteBarIsOpenAndTheOneBeforeIsClosed() {
        Instant at1557NewYork = Instant.parse("2026-12-02T20:57:00Z");

        assertThat(bar(Timeframe.FIVE_MINUTES, "2026-12-02T20:55:00Z").closedAt(at1557NewYork)).isFalse();
        assertThat(bar(Timeframe.FIVE_MINUTES, "2026-12-02T20:50:00Z").closedAt(at1557NewYork)).isTrue();
    }

    /** For any start, a daily bar closes at 16:00 New York on a weekday, and no weekday's close lies in between. */
    @RepeatedTest(200)
    void aDailyBarClosesAtTheFirstWeekdayCloseAfterItsStart(RepetitionInfo repetition) {
        long seed = 7919L * repetition.getCurrentRepetition();
        Random random = new Random(seed);
        Instant start = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextLong(10L * 365 * 86_400));

        Instant close = bar(Timeframe.DAILY, start.toString()).closesAt();

        ZonedDateTime local = close.atZone(NEW_YORK);
        assertThat(close).as("seed %d, start %s", seed, start).isAfter(start);
        assertThat(local.toLocalTime()).as("seed %d", seed).isEqualTo(LocalTime.of(16, 0));
        assertThat(local.getDayOfWeek()).as("seed %d", seed).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        for (LocalDate day = start.atZone(NEW_YORK).toLocalDate(); day.isBefore(local.toLocalDate()); day = day.plusDays(1)) {
            Instant earlierClose = day.atTime(16, 0).atZone(NEW_YORK).toInstant();
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            assertThat(weekday && earlierClose.isAfter(start)).as("seed %d: %s closes before %s", seed, day, close).isFalse();
        }
    }

    @Test
    void aSessionMustCloseAfterItOpens() {
        assertThatThrownBy(() -> new MarketSession(NEW_YORK, LocalTime.of(16, 0), LocalTime.of(9, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must close after it opens");
    }

    @Test
    void aDailyBarIsLabelledByItsNewYorkDateAndAnIntradayBarByItsNewYorkMinute() {
        // a daily bar starts at midnight New York, 05:00 UTC in winter
        assertThat(MarketSession.NEW_YORK.label(Timeframe.DAILY, Instant.parse("2024-03-01T05:00:00Z"))).isEqualTo("2024-03-01");
        assertThat(MarketSession.NEW_YORK.label(Timeframe.FIVE_MINUTES, Instant.parse("2024-03-01T14:35:00Z")))
                .isEqualTo("2024-03-01 09:35");
    }
}
