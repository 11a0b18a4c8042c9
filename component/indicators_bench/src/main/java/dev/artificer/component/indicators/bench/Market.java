package dev.artificer.component.indicators.bench;

import java.util.Random;

/**
 * The benchmark input: 1,000,000 one-minute bars of a seeded geometric random walk, identical for every
 * library and every run.
 *
 * @param time   bar start times, epoch milliseconds
 * @param open   opening prices
 * @param high   highest prices
 * @param low    lowest prices
 * @param close  closing prices
 * @param volume volumes
 */
public record Market(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {

    /** The number of bars of every benchmark. */
    public static final int BARS = 1_000_000;

    private static final long SEED = 20_260_101L;
    private static final long START = 1_704_205_800_000L;

    /**
     * Generates the bars.
     *
     * @return the benchmark input
     */
    public static Market generate() {
        Random random = new Random(SEED);
        Market market = new Market(new long[BARS], new double[BARS], new double[BARS], new double[BARS],
                new double[BARS], new double[BARS]);
        double close = 100;
        for (int i = 0; i < BARS; i++) {
            double previous = close;
            close = previous * Math.exp(0.01 * random.nextGaussian());
            double open = previous * Math.exp(0.002 * random.nextGaussian());
            market.time[i] = START + 60_000L * i;
            market.open[i] = open;
            market.close[i] = close;
            market.high[i] = Math.max(open, close) * (1 + 0.004 * Math.abs(random.nextGaussian()));
            market.low[i] = Math.min(open, close) * (1 - 0.004 * Math.abs(random.nextGaussian()));
            market.volume[i] = Math.round(1_000 + 99_000 * random.nextDouble());
        }
        return market;
    }
}
