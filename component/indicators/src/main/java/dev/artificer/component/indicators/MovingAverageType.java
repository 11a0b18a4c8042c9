package dev.artificer.component.indicators;

/**
 * The moving averages that other indicators can be configured with (TA-Lib's {@code MAType}, without MAMA).
 *
 * <p>Each type follows TA-Lib's operations exactly, so that indicators built on them (BBANDS, STOCH, APO,
 * PPO, ...) match TA-Lib bit for bit. A period of 1 means no averaging: the output is the input, as in
 * TA-Lib's {@code MA} with period 1.
 */
public enum MovingAverageType {
    /** Simple moving average. */
    SMA,
    /** Exponential moving average seeded with an SMA. */
    EMA,
    /** Linearly weighted moving average. */
    WMA,
    /** Double exponential moving average. */
    DEMA,
    /** Triple exponential moving average. */
    TEMA,
    /** Triangular moving average. */
    TRIMA,
    /** Kaufman adaptive moving average. */
    KAMA,
    /** Tillson T3 with volume factor 0.7, TA-Lib's default. */
    T3;

    /** TA-Lib's default volume factor of T3 when used as a moving-average type. */
    static final double T3_VOLUME_FACTOR = 0.7;

    /**
     * The number of leading NaN outputs.
     *
     * @param period the averaging period, 1 to 100000
     * @return the lookback
     */
    public int lookback(int period) {
        Check.period("period", period, 1);
        if (period == 1) {
            return 0;
        }
        return switch (this) {
            case SMA, EMA, WMA, TRIMA -> period - 1;
            case DEMA -> 2 * (period - 1);
            case TEMA -> 3 * (period - 1);
            case KAMA -> period;
            case T3 -> 6 * (period - 1);
        };
    }

    /**
     * Creates the streaming form.
     *
     * @param period the averaging period, 1 to 100000
     * @return a new moving average
     */
    public SeriesIndicator create(int period) {
        Check.period("period", period, 1);
        if (period == 1) {
            return new Identity();
        }
        return switch (this) {
            case SMA -> new Sma(period, true);
            case EMA -> new Ema(period, true);
            case WMA -> new Wma(period);
            case DEMA -> new Dema(period);
            case TEMA -> new Tema(period);
            case TRIMA -> new Trima(period);
            case KAMA -> new Kama(period);
            case T3 -> new T3(period, T3_VOLUME_FACTOR);
        };
    }

    /**
     * Computes the moving average of a whole series.
     *
     * @param values the input series
     * @param period the averaging period, 1 to 100000
     * @return a new array aligned with {@code values}
     */
    public double[] compute(double[] values, int period) {
        double[] out = new double[Check.length("values", values)];
        compute(values, period, out);
        return out;
    }

    /**
     * Computes the moving average of a whole series into {@code out}.
     *
     * @param values the input series
     * @param period the averaging period, 1 to 100000
     * @param out    receives the average at the input's indices; may be {@code values} itself
     */
    public void compute(double[] values, int period, double[] out) {
        Batch.series(create(period), values, out);
    }
}
