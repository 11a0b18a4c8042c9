package dev.artificer.system.algotrader.adapters.simulated;

import java.util.SplittableRandom;

/**
 * One simulated session walked minute by minute from its open to its close (a Brownian bridge, so the day ends
 * exactly at its close): minute volatility and volume follow the U shape of a real session, high at the open, low at
 * midday, rising into the close. Prices are in cents (a hundredth of a cent under one dollar).
 */
final class MinutePath {

    /** Minutes in a regular session, 09:30 to 16:00. */
    static final int MINUTES = 390;

    private final double[] open = new double[MINUTES];
    private final double[] high = new double[MINUTES];
    private final double[] low = new double[MINUTES];
    private final double[] close = new double[MINUTES];
    private final long[] volume = new long[MINUTES];

    /**
     * Walks a day.
     *
     * @param day the day, whose seed makes the walk the same every time
     */
    MinutePath(SimulatedPath.Day day) {
        SplittableRandom random = new SplittableRandom(day.seed());
        double totalWeight = 0;
        double volumeWeight = 0;
        for (int minute = 0; minute < MINUTES; minute++) {
            totalWeight += volatilityWeight(minute);
            volumeWeight += volumeWeight(minute);
        }
        double variance = 0.8 * day.variance();
        double[] steps = new double[MINUTES];
        double walked = 0;
        for (int minute = 0; minute < MINUTES; minute++) {
            steps[minute] = Math.sqrt(variance * volatilityWeight(minute) / totalWeight) * random.nextGaussian();
            walked += steps[minute];
        }
        double missing = Math.log(day.close() / day.open()) - walked;
        double level = Math.log(day.open());
        double previous = day.open();
        for (int minute = 0; minute < MINUTES; minute++) {
            double share = volatilityWeight(minute) / totalWeight;
            level += steps[minute] + missing * share;
            double next = minute == MINUTES - 1 ? day.close() : cents(Math.exp(level));
            double wiggle = 0.5 * Math.sqrt(variance * share);
            open[minute] = previous;
            close[minute] = next;
            high[minute] = cents(Math.max(previous, next) * Math.exp(wiggle * Math.abs(random.nextGaussian())));
            low[minute] = cents(Math.min(previous, next) * Math.exp(-wiggle * Math.abs(random.nextGaussian())));
            volume[minute] = Math.max(1, Math.round(day.volume() * volumeWeight(minute) / volumeWeight
                    * Math.exp(0.3 * random.nextGaussian() - 0.045)));
            previous = next;
        }
    }

    /**
     * Rounds a price as an exchange quotes it.
     *
     * @param price the price
     * @return to the cent from one dollar up, else to a hundredth of a cent
     */
    static double cents(double price) {
        return price >= 1 ? Math.round(price * 100) / 100.0 : Math.round(price * 10_000) / 10_000.0;
    }

    private static double volatilityWeight(int minute) {
        return 1 + 2.0 * Math.exp(-minute / 25.0) + 0.8 * Math.exp(-(MINUTES - 1 - minute) / 25.0);
    }

    private static double volumeWeight(int minute) {
        return 1 + 3.0 * Math.exp(-minute / 20.0) + 2.0 * Math.exp(-(MINUTES - 1 - minute) / 30.0);
    }

    double open(int minute) {
        return open[minute];
    }

    double close(int minute) {
        return close[minute];
    }

    double high(int minute) {
        return high[minute];
    }

    double low(int minute) {
        return low[minute];
    }

    long volume(int minute) {
        return volume[minute];
    }
}
