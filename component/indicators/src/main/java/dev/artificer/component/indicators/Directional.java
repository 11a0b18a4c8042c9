package dev.artificer.component.indicators;

/**
 * Wilder's directional movement state shared by +DI, -DI, DX, ADX and ADXR: smoothed +DM, -DM and true
 * range over {@code period} bars, as in TA-Lib.
 *
 * <p>The first {@code period - 1} moves are summed, then each bar applies
 * {@code sum - sum / period + move}, evaluated as one fused multiply-add {@code sum * (1 - 1 / period) + move}
 * (a few units in the last place from TA-Lib; a shorter dependency chain). The zero tests are not TA-Lib's
 * absolute {@code 1e-8}: the smoothed true range counts as 0 only below {@link Double#MIN_NORMAL} (0 or
 * subnormal: rounding residue), the DI sum only when it is 0. In a flat run the smoothed moves and range
 * shrink by the same factor, so +DI and -DI hold their last values (to a few units in the last place) where
 * TA-Lib drops to 0 once the range is below {@code 1e-8} (about 250 bars at period 14 and prices around
 * 100); they reach 0 when the range underflows (about 9,500 bars there). DX and ADX then agree with TA-Lib.
 */
final class Directional {

    private final int period;
    private final double keep;
    private int count;
    private double previousHigh;
    private double previousLow;
    private double previousClose;
    private double plusMove;
    private double minusMove;
    private double range;

    Directional(int period) {
        this.period = period;
        this.keep = keep(period);
    }

    /** The smoothing factor {@code (period - 1) / period}. */
    static double keep(int period) {
        return (period - 1) / (double) period;
    }

    /**
     * Feeds a bar (no gaps).
     *
     * @return true once the smoothed values exist: from the {@code period + 1}-th bar on
     */
    boolean update(double high, double low, double close) {
        if (count == 0) {
            previousHigh = high;
            previousLow = low;
            previousClose = close;
            count = 1;
            return false;
        }
        double up = high - previousHigh;
        double down = previousLow - low;
        double trueRange = TrueRange.of(high, low, previousClose);
        previousHigh = high;
        previousLow = low;
        previousClose = close;
        double plus = plusMove(up, down);
        double minus = minusMove(up, down);
        if (count < period) {
            plusMove += plus;
            minusMove += minus;
            range += trueRange;
            count++;
            return false;
        }
        plusMove = Math.fma(plusMove, keep, plus);
        minusMove = Math.fma(minusMove, keep, minus);
        range = Math.fma(range, keep, trueRange);
        count = period + 1;
        return true;
    }

    /** TA-Lib's -DM of one bar: the drop of the low when it is positive and beats the rise of the high. */
    static double minusMove(double up, double down) {
        return down > up && down > 0 ? down : 0.0;
    }

    /** TA-Lib's +DM of one bar: the rise of the high when it is positive and beats the drop of the low. */
    static double plusMove(double up, double down) {
        return up > down && up > 0 ? up : 0.0;
    }

    /** Whether a smoothed true range counts as 0: 0 or subnormal, where its digits are rounding residue. */
    static boolean noRange(double range) {
        return range < Double.MIN_NORMAL;
    }

    /** +DI in percent, 0 when the smoothed range counts as 0. */
    double plusIndicator() {
        return noRange(range) ? 0.0 : 100.0 * (plusMove / range);
    }

    /** -DI in percent, 0 when the smoothed range counts as 0. */
    double minusIndicator() {
        return noRange(range) ? 0.0 : 100.0 * (minusMove / range);
    }

    /** Whether DX is defined for the current bar: a range that does not count as 0 and a non-zero DI sum. */
    boolean hasIndex() {
        return !noRange(range) && plusIndicator() + minusIndicator() != 0;
    }

    /** DX in percent; only meaningful when {@link #hasIndex()}. */
    double index() {
        return of(minusIndicator(), plusIndicator());
    }

    /** TA-Lib's DX from the two DIs. */
    static double of(double minusDi, double plusDi) {
        return 100.0 * (Math.abs(minusDi - plusDi) / (minusDi + plusDi));
    }

    void clear() {
        count = 0;
        plusMove = 0;
        minusMove = 0;
        range = 0;
    }
}
