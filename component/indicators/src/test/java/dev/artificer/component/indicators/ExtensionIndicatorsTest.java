package dev.artificer.component.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The indicators TA-Lib does not have, checked against values worked out by hand. */
class ExtensionIndicatorsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void vwapWeighsTypicalPricesByVolumeWithinASession() {
        long[] time = {at("2026-03-02T14:30:00Z"), at("2026-03-02T14:31:00Z"), at("2026-03-02T14:32:00Z")};
        double[] high = {11, 12, 13};
        double[] low = {9, 10, 11};
        double[] close = {10, 11, 12};
        double[] volume = {100, 200, 100};

        double[] vwap = Vwap.compute(time, high, low, close, volume, NEW_YORK);

        // typical prices 10, 11, 12: (1000) / 100, (1000 + 2200) / 300, (3200 + 1200) / 400
        assertThat(vwap[0]).isEqualTo(10.0);
        assertThat(vwap[1]).isCloseTo(3200.0 / 300.0, within(1e-12));
        assertThat(vwap[2]).isCloseTo(11.0, within(1e-12));
    }

    @Test
    void vwapStartsOverAtTheFirstBarOfTheNextSessionDay() {
        Vwap vwap = new Vwap(NEW_YORK);
        vwap.update(at("2026-03-02T20:59:00Z"), 11, 9, 10, 1_000);

        double nextDay = vwap.update(at("2026-03-03T14:30:00Z"), 21, 19, 20, 50);

        assertThat(nextDay).isEqualTo(20.0);
    }

    @Test
    void vwapSessionsFollowTheZoneNotUtc() {
        // 03:30 and 04:30 UTC on March 3 are 22:30 and 23:30 on March 2 in New York: one session there,
        // while 23:30 and 00:30 UTC would be two UTC days but one New York day too.
        Vwap newYork = new Vwap(NEW_YORK);
        newYork.update(at("2026-03-02T23:30:00Z"), 11, 9, 10, 100);
        double sameNewYorkDay = newYork.update(at("2026-03-03T00:30:00Z"), 21, 19, 20, 100);
        Vwap utc = new Vwap(ZoneId.of("UTC"));
        utc.update(at("2026-03-02T23:30:00Z"), 11, 9, 10, 100);
        double nextUtcDay = utc.update(at("2026-03-03T00:30:00Z"), 21, 19, 20, 100);

        assertThat(sameNewYorkDay).isEqualTo(15.0);
        assertThat(nextUtcDay).isEqualTo(20.0);
    }

    @Test
    void vwapIsUndefinedUntilTheSessionTrades() {
        Vwap vwap = new Vwap(NEW_YORK);

        assertThat(vwap.update(at("2026-03-02T14:30:00Z"), 11, 9, 10, 0)).isNaN();
        assertThat(vwap.isReady()).isFalse();
        assertThat(vwap.update(at("2026-03-02T14:31:00Z"), 13, 11, 12, 10)).isEqualTo(12.0);
    }

    @Test
    void donchianChannelsAreTheHighestHighAndLowestLowOfTheWindow() {
        double[] high = {3, 5, 4, 2, 1};
        double[] low = {1, 2, 0, 1, 0.5};

        Bands channels = DonchianChannels.compute(high, low, 3);

        assertThat(channels.upper()).containsExactly(Double.NaN, Double.NaN, 5, 5, 4);
        assertThat(channels.lower()).containsExactly(Double.NaN, Double.NaN, 0, 0, 0);
        assertThat(channels.middle()).containsExactly(Double.NaN, Double.NaN, 2.5, 2.5, 2);
    }

    @Test
    void keltnerChannelsOfASteadyRangeSitTwoAtrsAroundTheAverage() {
        int bars = 30;
        double[] high = new double[bars];
        double[] low = new double[bars];
        double[] close = new double[bars];
        for (int i = 0; i < bars; i++) {
            high[i] = 11;
            low[i] = 9;
            close[i] = 10;
        }

        Bands channels = KeltnerChannels.compute(high, low, close, 5, 2.0, 3);

        // every true range is 2 and every EMA is 10: channels at 10 +- 2 * 2 from bar max(5 - 1, 3) = 4
        assertThat(channels.middle()[3]).isNaN();
        assertThat(channels.middle()[4]).isEqualTo(10.0);
        assertThat(channels.upper()[bars - 1]).isCloseTo(14.0, within(1e-12));
        assertThat(channels.lower()[bars - 1]).isCloseTo(6.0, within(1e-12));
    }

    @Test
    void hmaOfAStraightLineIsTheLineItself() {
        double[] line = {1, 2, 3, 4, 5, 6, 7, 8};

        double[] hma = Hma.compute(line, 4);

        // lookback (4 - 1) + (sqrt(4) - 1) = 4; no lag on a straight line
        assertThat(hma[3]).isNaN();
        for (int i = 4; i < line.length; i++) {
            assertThat(hma[i]).as("bar %d", i).isCloseTo(line[i], within(1e-12));
        }
    }

    @Test
    void hmaOfPeriodFiveUsesWeightedAveragesOfTwoFiveAndTwo() {
        double[] values = {2, 4, 8, 16, 32, 64};

        double[] hma = Hma.compute(values, 5);

        // WMA2(i) = (x[i-1] + 2 x[i]) / 3, WMA5(i) = (x[i-4] + 2 x[i-3] + 3 x[i-2] + 4 x[i-1] + 5 x[i]) / 15
        // raw(4) = 2 * (16 + 64) / 3 - (2 + 8 + 24 + 64 + 160) / 15 = 800 / 15 - 258 / 15 = 542 / 15
        // raw(5) = 2 * (32 + 128) / 3 - (4 + 16 + 48 + 128 + 320) / 15 = 1600 / 15 - 516 / 15 = 1084 / 15
        // HMA(5) = WMA2 of raw = (542 / 15 + 2 * 1084 / 15) / 3 = 2710 / 45
        assertThat(Hma.lookback(5)).isEqualTo(5);
        assertThat(hma[4]).isNaN();
        assertThat(hma[5]).isCloseTo(2710.0 / 45.0, within(1e-12));
    }
}
