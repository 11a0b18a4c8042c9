package dev.artificer.system.algotrader.trading;

import java.time.Duration;

/**
 * How long after its close an assignment's bar is decided: the time for its final prices to be stored. Bars fetched
 * by the scheduled ingestion settle for an ingestion period (one stored while in progress is a snapshot until the next
 * fetch); bars stored from the live market as they close are final at once.
 */
@FunctionalInterface
public interface SettleTime {

    /**
     * The settle time of an assignment's bars.
     *
     * @param assignment the assignment
     * @return how long its bars settle
     */
    Duration of(Assignment assignment);

    /**
     * The same settle time for every assignment.
     *
     * @param settle the time
     * @return the settle time
     */
    static SettleTime always(Duration settle) {
        return assignment -> settle;
    }
}
