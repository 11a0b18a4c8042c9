package dev.artificer.component.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Session-anchored volume-weighted average price: {@code sum(typical price * volume) / sum(volume)} since
 * the start of the bar's session, the typical price being {@code (high + low + close) / 3.0}. A session is a
 * calendar day in the given zone (for US equities, America/New_York), so the VWAP starts over with the
 * first bar of each day.
 *
 * <p>Lookback 0. NaN while the session has no volume yet. After a gap the sums start over at the next bar,
 * as for every indicator of this library. Not a TA-Lib function.
 */
public final class Vwap implements ScalarIndicator {

    private final ZoneId zone;
    private long sessionStart = Long.MAX_VALUE;
    private long sessionEnd = Long.MIN_VALUE;
    private double weightedPrices;
    private double volumes;
    private double value = Double.NaN;

    /**
     * A streaming VWAP.
     *
     * @param zone the zone whose calendar days are the sessions
     */
    public Vwap(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The number of leading NaN outputs.
     *
     * @return 0
     */
    public static int lookback() {
        return 0;
    }

    /**
     * Computes the VWAP of a whole series.
     *
     * @param time   bar start times, epoch milliseconds
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param volume volumes
     * @param zone   the zone whose calendar days are the sessions
     * @return a new array aligned with the inputs
     */
    public static double[] compute(long[] time, double[] high, double[] low, double[] close, double[] volume,
                                   ZoneId zone) {
        double[] out = new double[Check.length("high", high)];
        compute(time, high, low, close, volume, zone, out);
        return out;
    }

    /**
     * Computes the VWAP of a whole series into {@code out}.
     *
     * @param time   bar start times, epoch milliseconds
     * @param high   highs
     * @param low    lows
     * @param close  closes
     * @param volume volumes
     * @param zone   the zone whose calendar days are the sessions
     * @param out    receives the VWAP at the input's indices
     */
    public static void compute(long[] time, double[] high, double[] low, double[] close, double[] volume,
                               ZoneId zone, double[] out) {
        Vwap vwap = new Vwap(zone);
        int n = Check.inputs("high, low, close and volume", high, low, close, volume);
        if (Check.length("time", time) != n) {
            throw new IllegalArgumentException("time must have the length of the prices (" + n + ")");
        }
        Check.output("out", out, n);
        for (int i = 0; i < n; i++) {
            out[i] = vwap.update(time[i], high[i], low[i], close[i], volume[i]);
        }
    }

    /**
     * Feeds the next bar.
     *
     * @param time   the bar's start, epoch milliseconds
     * @param high   the bar's high
     * @param low    the bar's low
     * @param close  the bar's close
     * @param volume the bar's volume
     * @return the session's VWAP so far, NaN before any volume or at a gap
     */
    public double update(long time, double high, double low, double close, double volume) {
        if (Gaps.isGap(high, low, close, volume)) {
            reset();
            return value;
        }
        if (time < sessionStart || time >= sessionEnd) {
            startSession(time);
        }
        weightedPrices += (high + low + close) / 3.0 * volume;
        volumes += volume;
        value = volumes > 0 ? weightedPrices / volumes : Double.NaN;
        return value;
    }

    private void startSession(long time) {
        LocalDate day = Instant.ofEpochMilli(time).atZone(zone).toLocalDate();
        sessionStart = day.atStartOfDay(zone).toInstant().toEpochMilli();
        sessionEnd = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        weightedPrices = 0;
        volumes = 0;
    }

    /**
     * Feeds the bar's time, high, low, close and volume to {@link #update(long, double, double, double, double)};
     * the other fields are not read.
     */
    @Override
    public void update(long time, double open, double high, double low, double close, double volume) {
        update(time, high, low, close, volume);
    }

    /** The current value: NaN during warm-up or at a gap. */
    @Override
    public double value() {
        return value;
    }

    /** Forgets every bar seen so far, as if newly constructed. */
    @Override
    public void reset() {
        sessionStart = Long.MAX_VALUE;
        sessionEnd = Long.MIN_VALUE;
        value = Double.NaN;
    }
}
