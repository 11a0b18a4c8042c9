package dev.artificer.infrastructure.schwab.marketdata;

/** What {@code GET /movers/{index}} ranks: an index or a whole market segment. */
public enum MoversIndex {
    /** The Dow Jones Industrial Average. */
    DJI("$DJI"),
    /** The Nasdaq Composite. */
    COMPX("$COMPX"),
    /** The S&amp;P 500. */
    SPX("$SPX"),
    /** NYSE listings. */
    NYSE("NYSE"),
    /** Nasdaq listings. */
    NASDAQ("NASDAQ"),
    /** OTC bulletin board listings. */
    OTCBB("OTCBB"),
    /** All indexes. */
    INDEX_ALL("INDEX_ALL"),
    /** All equities. */
    EQUITY_ALL("EQUITY_ALL"),
    /** All options. */
    OPTION_ALL("OPTION_ALL"),
    /** All puts. */
    OPTION_PUT("OPTION_PUT"),
    /** All calls. */
    OPTION_CALL("OPTION_CALL");

    private final String wireName;

    MoversIndex(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The path segment Schwab uses, e.g. {@code $DJI}.
     *
     * @return the name
     */
    public String wireName() {
        return wireName;
    }
}
