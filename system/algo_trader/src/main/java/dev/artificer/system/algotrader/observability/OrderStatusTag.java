package dev.artificer.system.algotrader.observability;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The {@code status} tag of an order event on the trading dashboard. */
public enum OrderStatusTag {
    /** Sent to the broker and working. */
    SUBMITTED,
    /** Filled. */
    FILLED,
    /** Cancelled. */
    CANCELLED,
    /** Refused by the broker, or failed to send. */
    REJECTED;

    /** Every value of the tag, as written. */
    public static final List<String> TAG_VALUES = Arrays.stream(values()).map(OrderStatusTag::tag).toList();

    /**
     * The value written in the tag.
     *
     * @return e.g. {@code filled}
     */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
