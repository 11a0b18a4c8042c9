package dev.artificer.component.indicators.catalog;

/** The family an indicator belongs to, as in TA-Lib's function groups. */
public enum Group {
    /** Moving averages and bands drawn over the price. */
    OVERLAP,
    /** Oscillators and trend strength. */
    MOMENTUM,
    /** Ranges and channels. */
    VOLATILITY,
    /** Indicators that weigh price by volume. */
    VOLUME,
    /** Rolling statistics: deviation, regression, extremes. */
    STATISTICS
}
