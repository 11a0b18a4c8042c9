package dev.artificer.infrastructure.schwab.trader;

import java.util.EnumSet;
import java.util.Set;

/** An order's status as Schwab reports it; {@link #UNKNOWN} also stands for any status Schwab adds later. */
public enum OrderStatus {
    /** Waits for its parent order. */
    AWAITING_PARENT_ORDER,
    /** Waits for a condition. */
    AWAITING_CONDITION,
    /** Waits for its stop price. */
    AWAITING_STOP_CONDITION,
    /** Waits for a manual review at Schwab. */
    AWAITING_MANUAL_REVIEW,
    /** Accepted, not yet working. */
    ACCEPTED,
    /** Waits for an unsolicited-order-routing decision. */
    AWAITING_UR_OUT,
    /** Waits for activation. */
    PENDING_ACTIVATION,
    /** Queued, e.g. entered outside market hours. */
    QUEUED,
    /** Working at the market, possibly partly filled. */
    WORKING,
    /** Rejected after it was accepted; see the status description. */
    REJECTED,
    /** A cancel was requested. */
    PENDING_CANCEL,
    /** Canceled. */
    CANCELED,
    /** A replace was requested. */
    PENDING_REPLACE,
    /** Replaced by another order. */
    REPLACED,
    /** Completely filled. */
    FILLED,
    /** Expired, e.g. a day order at the close. */
    EXPIRED,
    /** New. */
    NEW,
    /** Waits for its release time. */
    AWAITING_RELEASE_TIME,
    /** Waits for acknowledgement. */
    PENDING_ACKNOWLEDGEMENT,
    /** A recall was requested. */
    PENDING_RECALL,
    /** Schwab said {@code UNKNOWN}, or a status this client does not know. */
    UNKNOWN;

    private static final Set<OrderStatus> TERMINAL = EnumSet.of(REJECTED, CANCELED, REPLACED, FILLED, EXPIRED);

    /**
     * Whether the order is done: nothing more will fill.
     *
     * @return true for rejected, canceled, replaced, filled and expired
     */
    public boolean terminal() {
        return TERMINAL.contains(this);
    }

    /**
     * The status Schwab named.
     *
     * @param wireName e.g. {@code WORKING}
     * @return the status, {@link #UNKNOWN} when the name is not one of Schwab's documented statuses
     */
    public static OrderStatus fromWire(String wireName) {
        for (OrderStatus status : values()) {
            if (status.name().equals(wireName)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
