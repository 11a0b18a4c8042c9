package dev.artificer.component.backtest.tearsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.backtest.EquityCurve;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawdownPeriodsTest {

    private static DailyReturns days(double... equity) {
        Instant[] times = new Instant[equity.length];
        for (int index = 0; index < times.length; index++) {
            times[index] = Instant.parse("2026-01-05T05:00:00Z").plus(Duration.ofDays(index));
        }
        return DailyReturns.of(EquityCurve.of(times, equity, new double[equity.length]), 100);
    }

    // Jan 5..10: 110, 99, 105, 111, 100, 108. First drawdown: peak 110 on the 5th, trough 99 on the 6th
    // (11/110 = 10 %), back above at 111 on the 8th: 3 days. Second: peak 111 on the 8th, trough 100 on the 9th
    // (11/111 = 9.9099 %), not recovered by the 10th: 2 days so far.
    private static final DailyReturns TWO = days(110, 99, 105, 111, 100, 108);

    @Test
    void drawdownsRunFromPeakThroughTroughToRecoveryDeepestFirst() {
        List<DrawdownPeriod> periods = DrawdownPeriods.deepest(TWO, 100, 5);

        assertThat(periods).hasSize(2);
        DrawdownPeriod first = periods.getFirst();
        assertThat(first.start()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(first.trough()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(first.recovery()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(first.depth()).isCloseTo(0.1, within(1e-12));
        assertThat(first.days()).isEqualTo(3);
    }

    @Test
    void anUnrecoveredDrawdownHasNoRecoveryAndRunsToTheLastDate() {
        DrawdownPeriod second = DrawdownPeriods.deepest(TWO, 100, 5).get(1);

        assertThat(second.recovery()).isNull();
        assertThat(second.depth()).isCloseTo(11.0 / 111, within(1e-12));
        assertThat(second.days()).isEqualTo(2);
    }

    @Test
    void onlyTheDeepestAreKept() {
        assertThat(DrawdownPeriods.deepest(TWO, 100, 1)).extracting(DrawdownPeriod::trough)
                .containsExactly(LocalDate.of(2026, 1, 6));
    }

    @Test
    void aFallFromTheInitialCashStartsOnTheFirstDate() {
        // 95 on the 5th is 5 % below the initial 100; 100 on the 6th recovers it
        DrawdownPeriod period = DrawdownPeriods.deepest(days(95, 100), 100, 5).getFirst();

        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(period.depth()).isCloseTo(0.05, within(1e-12));
        assertThat(period.recovery()).isEqualTo(LocalDate.of(2026, 1, 6));
    }
}
