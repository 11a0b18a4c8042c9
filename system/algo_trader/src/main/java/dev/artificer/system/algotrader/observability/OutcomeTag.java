package dev.artificer.system.algotrader.observability;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The {@code outcome} tag of a metric: how a call, a refresh or a job run ended. */
public enum OutcomeTag {
    /** It did what was asked. */
    SUCCESS,
    /** It failed. */
    FAILURE;

    /** Every value of the tag, as written. */
    public static final List<String> TAG_VALUES = Arrays.stream(values()).map(OutcomeTag::tag).toList();

    /**
     * The value written in the tag.
     *
     * @return {@code success} or {@code failure}
     */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
