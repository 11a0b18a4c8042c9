package dev.artificer.component.indicators.catalog;

/** One input series an indicator reads. */
public enum Input {
    /** Bar start times, epoch milliseconds (session-anchored indicators). */
    TIME,
    /** Opening prices. */
    OPEN,
    /** Highest prices. */
    HIGH,
    /** Lowest prices. */
    LOW,
    /** Closing prices. */
    CLOSE,
    /** Traded volumes. */
    VOLUME
}
