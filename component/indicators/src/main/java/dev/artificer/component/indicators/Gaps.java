package dev.artificer.component.indicators;

import java.util.Arrays;

/**
 * The gap (NaN) policy of the batch kernels.
 *
 * <p>A kernel computes from a start index until the first gap, writing {@code NaN} for its warm-up and at
 * the gap, and returns the gap's index (or the input length); the caller restarts it after the gap.
 */
final class Gaps {

    private Gaps() {
    }

    /** Whether a value is a gap: NaN or infinite. */
    static boolean isGap(double x) {
        return !Double.isFinite(x);
    }

    /**
     * Whether a bar of two values is a gap: one of them is NaN or infinite (their sum is then not finite).
     * One test instead of two keeps the hot loops short; finite values so large that their sum overflows
     * (beyond 1e308) count as a gap too, which only ever turns garbage into NaN.
     */
    static boolean isGap(double a, double b) {
        return !Double.isFinite(a + b);
    }

    /** Whether a bar of three values is a gap (see {@link #isGap(double, double)}). */
    static boolean isGap(double a, double b, double c) {
        return !Double.isFinite(a + b + c);
    }

    /** Whether a bar of four values is a gap (see {@link #isGap(double, double)}). */
    static boolean isGap(double a, double b, double c, double d) {
        return !Double.isFinite(a + b + c + d);
    }

    /** The first gap in {@code a[from, to)}, or {@code to}. */
    static int find(double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isGap(a[i])) {
                return i;
            }
        }
        return to;
    }

    /** The first bar in {@code [from, to)} where {@code a} or {@code b} has a gap, or {@code to}. */
    static int find(double[] a, double[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isGap(a[i], b[i])) {
                return i;
            }
        }
        return to;
    }

    /** The first bar in {@code [from, to)} where any of three inputs has a gap, or {@code to}. */
    static int find(double[] a, double[] b, double[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isGap(a[i], b[i], c[i])) {
                return i;
            }
        }
        return to;
    }

    /** The first bar in {@code [from, to)} where any of four inputs has a gap, or {@code to}. */
    static int find(double[] a, double[] b, double[] c, double[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isGap(a[i], b[i], c[i], d[i])) {
                return i;
            }
        }
        return to;
    }

    /** Fills {@code out[from, to)} with NaN. */
    static void nan(double[] out, int from, int to) {
        if (from < to) {
            Arrays.fill(out, from, to, Double.NaN);
        }
    }

    /**
     * Ends a run that met a gap (or the end of the input) before its first output: {@code out[from]} up to
     * and including the gap become NaN.
     *
     * @return the gap index, for the caller to restart after it
     */
    static int stop(double[] out, int from, int gap, int length) {
        nan(out, from, Math.min(gap + 1, length));
        return gap;
    }

    /** {@link #stop(double[], int, int, int)} for two outputs. */
    static int stop(double[] a, double[] b, int from, int gap, int length) {
        nan(b, from, Math.min(gap + 1, length));
        return stop(a, from, gap, length);
    }

    /** {@link #stop(double[], int, int, int)} for three outputs. */
    static int stop(double[] a, double[] b, double[] c, int from, int gap, int length) {
        nan(c, from, Math.min(gap + 1, length));
        return stop(a, b, from, gap, length);
    }
}
