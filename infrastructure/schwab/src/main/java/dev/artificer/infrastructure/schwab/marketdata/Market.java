package dev.artificer.infrastructure.schwab.marketdata;

import java.util.Locale;

/** A market of {@code GET /markets}. */
public enum Market {
    /** Equities. */
    EQUITY,
    /** Options. */
    OPTION,
    /** Bonds. */
    BOND,
    /** Futures. */
    FUTURE,
    /** Foreign exchange. */
    FOREX;

    /**
     * The name Schwab uses, e.g. {@code equity}.
     *
     * @return the query value
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
