package dev.artificer.system.algotrader.config;

/** Whether orders go to the paper broker or to the real account. */
public enum TradingMode {
    /** Simulated fills, no real money (the default). */
    PAPER,
    /** Real orders at Schwab; needs the live confirmation as well. */
    LIVE
}
