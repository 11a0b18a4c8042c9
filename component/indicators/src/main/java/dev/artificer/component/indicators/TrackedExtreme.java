package dev.artificer.component.indicators;

/**
 * Window extremes of the batch kernels for short windows: TA-Lib's scheme of keeping the position of the
 * window's extreme, comparing each new value with it, and rescanning the window only when the extreme leaves
 * it. Its branches are rarely taken and well predicted, where the monotonic queue of {@link RollingExtreme}
 * pops a data-dependent number of values per bar; but a rescan costs O(period), and a series falling bar after
 * bar rescans a MAX window at every bar, so the kernels use it only up to {@link #LONGEST} and the queue beyond.
 *
 * <p>Ties are the queue's: among equal values (by {@code ==}, so also 0.0 and -0.0) the latest counts, so the
 * kernels' values, signs of zero included, and positions are exactly those of the streaming form.
 */
final class TrackedExtreme {

    /**
     * The longest window for which the kernels rescan rather than keep a queue: at period 14 (the usual one)
     * rescanning is about 2x faster on a random walk, and on a steadily falling series (a rescan at every bar)
     * it stays no slower than the queue up to this length (see BENCHMARKS.md).
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
            if (x[j] >= highest) {
                at = j;
                highest = x[j];
            }
        }
        return at;
    }

    /** The position of the latest minimum of {@code x[from, to]} (both included). */
    static int latestMin(double[] x, int from, int to) {
        int at = from;
        double lowest = x[from];
        for (int j = from + 1; j <= to; j++) {
            if (x[j] <= lowest) {
                at = j;
                lowest = x[j];
            }
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
        int at = latestMax(in, first - length + 1, first);
        double highest = in[at];
        out[first] = highest;
        for (int i = first + 1; i < n; i++) {
            double x = in[i];
            if (Gaps.isGap(x)) {
                out[i] = Double.NaN;
                return i;
            }
            if (at <= i - length) {
                at = latestMax(in, i - length + 1, i);
                highest = in[at];
            } else if (x >= highest) {
                at = i;
                highest = x;
            }
            out[i] = highest;
        }
        return n;
    }

    private static int runMin(double[] in, int first, int n, int length, double[] out) {
        int at = latestMin(in, first - length + 1, first);
        double lowest = in[at];
        out[first] = lowest;
        for (int i = first + 1; i < n; i++) {
            double x = in[i];
            if (Gaps.isGap(x)) {
                out[i] = Double.NaN;
                return i;
            }
            if (at <= i - length) {
                at = latestMin(in, i - length + 1, i);
                lowest = in[at];
            } else if (x <= lowest) {
                at = i;
                lowest = x;
            }
            out[i] = lowest;
        }
        return n;
    }
}
