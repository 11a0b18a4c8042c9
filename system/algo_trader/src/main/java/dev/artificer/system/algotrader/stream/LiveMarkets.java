package dev.artificer.system.algotrader.stream;

import java.util.Optional;

/** Opens the live market of the configured source, where there is one (a port: the wiring picks the adapter). */
public interface LiveMarkets {

    /**
     * A new, not yet started feed.
     *
     * @return the feed, or empty when the configured source has none in this process
     */
    Optional<LiveMarket> open();

    /**
     * Why {@link #open} is empty, for a one-line answer.
     *
     * @return the reason
     */
    String unavailableBecause();
}
