package dev.artificer.component.indicators;

/**
 * Window extremes of the batch kernels for short windows, in TA-Lib's manner: keep the window's extreme,
 * compare each new value with it, and rescan the window only when the extreme leaves it. The monotonic queue
 * of {@link RollingExtreme} instead pops a data-dependent number of values per bar, whose branches a random
 * walk mispredicts, and is 3x slower. A rescan costs O(period), though, and a series falling bar after bar
 * rescans a MAX window at every bar, so the kernels are used only up to {@link #LONGEST} and the queue beyond.
 * MAX, MIN and WILLR need only the extreme's value ({@link #nextMax}); AROON its position (the latest
 * position among equal extremes, {@link #latestMax}).
 *
 * <p>Ties are the queue's: among equal values (by {@code ==}, so also 0.0 and -0.0) the latest counts, so the
 * kernels' values, signs of zero included, and positions are exactly those of the streaming form.
 */
final class TrackedExtreme {

    /**
     * The longest window for which the kernels rescan rather than keep a queue. Measured (thread CPU time, see
     * BENCHMARKS.md): on a random walk rescanning is 3x to 4x faster than the queue at every period from 14 to
     * 96; on a steadily falling series, its worst case (a rescan at every bar), MAX costs 4.4 ns per bar at 14,
     * 8 at 32 and 13.5 at 64 against the queue's 1.8 there, and the queue's 12 to 14 on a random walk. At 32
     * the worst case stays well below the queue's ordinary cost, and it is never above TA-Lib's, which rescans
     * the same way.
     */
    static final int LONGEST = 32;

    private TrackedExtreme() {
    }

    /** Whether a window of {@code length} values is short enough for the rescanning kernels. */
    static boolean isShort(int length) {
        return length <= LONGEST;
    }

    /** The position of the latest maximum of {@code x[from, to]} (both included). */
    static int latestMax(double[] x, int from, int to) {
        int at = from;
        double highest = x[from];
        for (int j = from + 1; j <= to; j++) {
            double v = x[j];
            boolean higher = v >= highest;
            at = higher ? j : at;
            highest = higher ? v : highest;
        }
        return at;
    }

    /** The position of the latest minimum of {@code x[from, to]} (both included). */
    static int latestMin(double[] x, int from, int to) {
        int at = from;
        double lowest = x[from];
        for (int j = from + 1; j <= to; j++) {
            double v = x[j];
            boolean lower = v <= lowest;
            at = lower ? j : at;
            lowest = lower ? v : lowest;
        }
        return at;
    }

    /**
     * MAX ({@code maximum}) or MIN of the windows of {@code length} values ending at each bar, from {@code from}
     * to the first gap, with NaN during the warm-up and at the gap.
     *
     * @return the gap's index, or {@code n}
     */
    static int run(double[] in, int from, int n, int length, boolean maximum, double[] out) {
        int first = from + length - 1;
        int gap = Gaps.find(in, from, Math.min(n, first + 1));
        if (gap <= first) {
            return Gaps.stop(out, from, gap, n);
        }
        Gaps.nan(out, from, first);
        return maximum ? runMax(in, first, n, length, out) : runMin(in, first, n, length, out);
    }

    private static int runMax(double[] in, int first, int n, int length, double[] out) {
        double highest = in[latestMax(in, first - length + 1, first)];
        out[first] = highest;
        for (int i = first + 1; i < n; i++) {
            if (Gaps.isGap(in[i])) {
                out[i] = Double.NaN;
                return i;
            }
            highest = nextMax(in, i - length + 1, i, highest);
            out[i] = highest;
        }
        return n;
    }

    private static int runMin(double[] in, int first, int n, int length, double[] out) {
        double lowest = in[latestMin(in, first - length + 1, first)];
        out[first] = lowest;
        for (int i = first + 1; i < n; i++) {
            if (Gaps.isGap(in[i])) {
                out[i] = Double.NaN;
                return i;
            }
            lowest = nextMin(in, i - length + 1, i, lowest);
            out[i] = lowest;
        }
        return n;
    }

    /**
     * The maximum of the window {@code x[from, to]}, given {@code highest}, the maximum of the window one value
     * earlier ({@code x[from - 1, to - 1]}). The maximum can leave only when the leaving value equals it, and
     * only then is the window rescanned; otherwise the new value is compared with it by {@link Math#max}, which
     * has no data-dependent branch. {@code Math.max} prefers 0.0 to -0.0 where the queue keeps the latest of
     * equal values, so a zero maximum is found again by a rescan (a branch that ordinary prices never take).
     */
    static double nextMax(double[] x, int from, int to, double highest) {
        double next = x[from - 1] == highest ? x[latestMax(x, from, to)] : Math.max(x[to], highest);
        return next == 0.0 ? x[latestMax(x, from, to)] : next;
    }

    /** {@link #nextMax} for the minimum: {@code Math.min} prefers -0.0, so a zero minimum is rescanned. */
    static double nextMin(double[] x, int from, int to, double lowest) {
        double next = x[from - 1] == lowest ? x[latestMin(x, from, to)] : Math.min(x[to], lowest);
        return next == 0.0 ? x[latestMin(x, from, to)] : next;
    }
}
