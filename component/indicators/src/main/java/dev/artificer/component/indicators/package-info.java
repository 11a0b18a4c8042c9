/**
 * Technical indicators computed from primitive price arrays (batch) or fed one bar at a time (streaming).
 *
 * <p><b>Batch.</b> Every indicator class has static {@code compute(...)} methods. Outputs are aligned with
 * the input index: {@code out[i]} belongs to bar {@code i}, and the first {@code lookback(...)} positions
 * are {@code NaN}. Each {@code compute} has an overload that writes into caller-supplied arrays (at least
 * as long as the input), so that a hot loop allocates nothing.
 *
 * <p><b>Streaming.</b> The same class, constructed with its parameters, is an {@link
 * dev.artificer.component.indicators.Indicator} fed one bar at a time. Streaming and batch give
 * identical numbers for the same bars.
 *
 * <p><b>Gaps (NaN policy).</b> A bar with a non-finite value (NaN or an infinity) in any input the
 * indicator reads is a gap (so is a bar whose values are so large, near 1e308, that the gap test's
 * arithmetic on them overflows: their sum, or for MFI their money flow). The output at a gap is {@code NaN}, and the indicator restarts after it: the
 * next {@code lookback} outputs are {@code NaN} again, and from then on the values are exactly those of
 * the indicator run on the bars after the gap. For window indicators this is "NaN while the gap is inside
 * the window, then recovery"; for recursive ones (EMA, RSI, ATR, ...) it is a fresh warm-up. No
 * indicator throws on such input, and none lets a gap leak into later values.
 *
 * <p><b>Parameters</b> are checked when a streaming indicator is constructed and on every batch call;
 * an invalid one raises {@link java.lang.IllegalArgumentException} naming the parameter and its range.
 */
package dev.artificer.component.indicators;
