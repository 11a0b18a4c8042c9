package dev.artificer.component.backtest.tearsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.artificer.component.backtest.EquityCurve;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DailyReturnsTest {

    private static EquityCurve curve(String[] times, double... equity) {
        return EquityCurve.of(Arrays.stream(times).map(Instant::parse).toArray(Instant[]::new), equity,
                new double[equity.length]);
    }

    /** Daily bars start at New York midnight, 05:00 UTC in winter. */
    private static EquityCurve days(LocalDate first, double... equity) {
        String[] times = new String[equity.length];
        for (int index = 0; index < times.length; index++) {
            times[index] = first.plusDays(index) + "T05:00:00Z";
        }
        return curve(times, equity);
    }

    @Test
    void intradayPointsAreGroupedByNewYorkDateNotUtcDate() {
        // 2026-01-07T03:00Z is 22:00 on the 6th in New York (EST, UTC-5): it belongs to the 6th.
        EquityCurve curve = curve(new String[] {"2026-01-05T14:30:00Z", "2026-01-05T20:55:00Z",
                "2026-01-06T14:30:00Z", "2026-01-06T23:00:00Z", "2026-01-07T03:00:00Z"}, 101, 102, 99, 98, 100.98);

        DailyReturns daily = DailyReturns.of(curve, 100);

        assertThat(daily.size()).isEqualTo(2);
        assertThat(daily.date(1)).isEqualTo(LocalDate.of(2026, 1, 6));
        // the 5th closes at 102: 102/100 - 1 = +2 %; the 6th at 100.98: 100.98/102 - 1 = -1 %
        assertThat(daily.value(0)).isCloseTo(0.02, within(1e-12));
        assertThat(daily.value(1)).isCloseTo(-0.01, within(1e-12));
    }

    @Test
    void monthsCompoundTheirDates() {
        // 110, 121 in January (+10 %, +10 %), 108.9 on February 1st (-10 %)
        DailyReturns daily = DailyReturns.of(days(LocalDate.of(2026, 1, 30), 110, 121, 108.9), 100);

        // January: 1.1 x 1.1 - 1 = 0.21; February: -0.1
        assertThat(daily.monthly().get(YearMonth.of(2026, 1))).isCloseTo(0.21, within(1e-12));
        assertThat(daily.monthly().get(YearMonth.of(2026, 2))).isCloseTo(-0.1, within(1e-12));
    }

    @Test
    void yearsCompoundTheirDates() {
        // 2025-12-31: 110 (+10 %); 2026-01-01, 02: 99, 104.5 (-10 %, +5.5556 %): 2026 = 104.5 / 110 - 1 = -5 %
        DailyReturns daily = DailyReturns.of(days(LocalDate.of(2025, 12, 31), 110, 99, 104.5), 100);

        assertThat(daily.yearly().get(Year.of(2025))).isCloseTo(0.1, within(1e-12));
        assertThat(daily.yearly().get(Year.of(2026))).isCloseTo(-0.05, within(1e-12));
    }

    @Test
    void rollingVolatilityStartsAtTheFirstFullWindow() {
        // returns +10 %, -10 %, +10 %: window 2 -> stdev of {0.1, -0.1} = sqrt(0.02) (mean 0, (0.01+0.01)/1)
        DailyReturns daily = DailyReturns.of(days(LocalDate.of(2026, 1, 5), 110, 99, 108.9), 100);

        double[] rolled = daily.rollingVolatility(2, 252);

        assertThat(rolled[0]).isNaN();
        assertThat(rolled[1]).isCloseTo(Math.sqrt(0.02) * Math.sqrt(252), within(1e-12));
        assertThat(rolled[2]).isCloseTo(Math.sqrt(0.02) * Math.sqrt(252), within(1e-12));
    }

    @Test
    void rollingSharpeIsMeanOverStdevOfTheWindow() {
        // returns +10 %, +20 % (110, 132): mean 0.15, stdev sqrt(0.005) = 0.0707107; 0.15/0.0707107 x sqrt(12)
        DailyReturns daily = DailyReturns.of(days(LocalDate.of(2026, 1, 5), 110, 132), 100);

        assertThat(daily.rollingSharpe(2, 0, 12)[1]).isCloseTo(0.15 / Math.sqrt(0.005) * Math.sqrt(12), within(1e-9));
    }

    @Test
    void alignmentKeepsOnlyTheDatesBothSeriesHave() {
        DailyReturns strategy = DailyReturns.of(days(LocalDate.of(2026, 1, 5), 110, 121, 133.1), 100);
        DailyReturns benchmark = DailyReturns.of(curve(new String[] {"2026-01-06T05:00:00Z", "2026-01-08T05:00:00Z"},
                105, 110.25), 100);

        double[][] aligned = strategy.alignedWith(benchmark);

        // only the 6th is in both: strategy +10 % (121/110), benchmark +5 % (105/100)
        assertThat(aligned[0]).containsExactly(new double[] {0.1}, within(1e-12));
        assertThat(aligned[1]).containsExactly(new double[] {0.05}, within(1e-12));
    }
}
