package dev.artificer.system.algotrader.trading.broker;

/** Where an order stands, in the journal and at the broker. */
public enum OrderStatus {
    /** Journaled, not yet known to be at the broker (the state a crash can leave behind). */
    PENDING_SEND,
    /** At the broker, not (fully) filled yet. */
    WORKING,
    /** Completely filled. */
    FILLED,
    /** Cancelled before it filled. */
    CANCELLED,
    /** Refused by the broker. */
    REJECTED,
    /** Never reached the broker: sending failed, or it was not found there after a restart (never re-sent). */
    FAILED;

    /**
     * Whether the order may still fill.
     *
     * @return true for pending and working orders
     */
    public boolean open() {
        return this == PENDING_SEND || this == WORKING;
    }
}
